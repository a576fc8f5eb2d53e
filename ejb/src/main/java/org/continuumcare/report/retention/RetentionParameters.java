package org.continuumcare.report.retention;

import java.time.LocalDate;

/**
 * Parameters of the R90 report (API.md): {@code asOf} (default today), optional cohort limits
 * {@code from}/{@code to} on course start, {@code gapDays} (default 14) and the patients' home
 * {@code siteCode}.
 */
public final class RetentionParameters {
  public static final int DEFAULT_GAP_DAYS = 14;

  private final LocalDate asOf;
  private final LocalDate from;
  private final LocalDate to;
  private final int gapDays;
  private final String siteCode;

  public RetentionParameters(
      LocalDate asOf, LocalDate from, LocalDate to, int gapDays, String siteCode) {
    this.asOf = asOf;
    this.from = from;
    this.to = to;
    this.gapDays = gapDays;
    this.siteCode = siteCode;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public LocalDate getFrom() {
    return from;
  }

  public LocalDate getTo() {
    return to;
  }

  public int getGapDays() {
    return gapDays;
  }

  public String getSiteCode() {
    return siteCode;
  }
}
