package org.continuumcare.report.activity;

import java.time.LocalDate;
import java.util.List;
import org.continuumcare.report.PeriodReport;
import org.continuumcare.report.ReportCut;
import org.continuumcare.report.ReportPeriod;

/**
 * Admissions, transfers and discharges by month and reason over [from, to] (the parameters' or the
 * default: the year up to asOf).
 */
public final class ActivityReport extends PeriodReport {
  private final List<ActivityRow> rows;

  public ActivityReport(
      ReportPeriod parameters,
      LocalDate from,
      LocalDate to,
      List<ActivityRow> rows,
      ReportCut cut) {
    super(parameters, from, to, cut);
    this.rows = List.copyOf(rows);
  }

  public List<ActivityRow> getRows() {
    return rows;
  }
}
