package org.continuumcare.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The parameters every administrator report shares (API.md "Reports"): {@code asOf}, an optional
 * period {@code from}–{@code to} (inclusive) and the patients' home {@code siteCode}.
 */
public final class ReportPeriod {
  private final LocalDate asOf;
  private final LocalDate from;
  private final LocalDate to;
  private final String siteCode;

  public ReportPeriod(LocalDate asOf, LocalDate from, LocalDate to, String siteCode) {
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

  /** {@code from}, or the day after one year before {@code to} when not given. */
  public LocalDate fromOrYearBefore(LocalDate end) {
    return from != null ? from : end.minusYears(1).plusDays(1);
  }

  /** {@code to}, or {@code otherwise} when not given. */
  public LocalDate toOr(LocalDate otherwise) {
    return to != null ? to : otherwise;
  }

  /**
   * The values a measure's {@link NamedSql} binds: {@code {asOf}}, {@code {siteCode}} (null: every
   * site) and, as {@code {from}} and {@code {to}}, the period the measure counts.
   */
  public Map<String, Object> values(LocalDate countedFrom, LocalDate countedTo) {
    Map<String, Object> values = new HashMap<>();
    values.put("asOf", asOf);
    values.put("from", countedFrom);
    values.put("to", countedTo);
    values.put("siteCode", siteCode);
    return values;
  }
}
