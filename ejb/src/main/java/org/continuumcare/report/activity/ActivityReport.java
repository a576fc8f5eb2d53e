package org.continuumcare.report.activity;

import java.time.LocalDate;
import java.util.List;
import org.continuumcare.report.ReportCut;
import org.continuumcare.report.ReportPeriod;

/** Admissions, transfers and discharges by month and reason over [from, to]. */
public final class ActivityReport {
  private final ReportPeriod parameters;
  private final LocalDate from;
  private final LocalDate to;
  private final List<ActivityRow> rows;
  private final ReportCut cut;

  public ActivityReport(
      ReportPeriod parameters,
      LocalDate from,
      LocalDate to,
      List<ActivityRow> rows,
      ReportCut cut) {
    this.parameters = parameters;
    this.from = from;
    this.to = to;
    this.rows = List.copyOf(rows);
    this.cut = cut;
  }

  public ReportPeriod getParameters() {
    return parameters;
  }

  /** The period actually counted (the parameters' or the default: the year up to asOf). */
  public LocalDate getFrom() {
    return from;
  }

  public LocalDate getTo() {
    return to;
  }

  public List<ActivityRow> getRows() {
    return rows;
  }

  public ReportCut getCut() {
    return cut;
  }
}
