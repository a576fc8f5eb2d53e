package org.continuumcare.report.matstatus;

import java.time.LocalDate;

/**
 * Parameters of the MAT-status report (API.md): the snapshot is always of {@code asOf}; {@code
 * from}/{@code to} limit only the continuity measure; {@code siteCode} limits to patients of one
 * home site.
 */
public final class MatStatusParameters {
  private final LocalDate asOf;
  private final LocalDate from;
  private final LocalDate to;
  private final String siteCode;

  public MatStatusParameters(LocalDate asOf, LocalDate from, LocalDate to, String siteCode) {
    this.asOf = asOf;
    this.from = from;
    this.to = to;
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

  public String getSiteCode() {
    return siteCode;
  }
}
