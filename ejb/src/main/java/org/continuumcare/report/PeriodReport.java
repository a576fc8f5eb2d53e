package org.continuumcare.report;

import java.time.LocalDate;

/**
 * What every report over a period carries: the parameters asked for, the period actually counted
 * ({@code from}–{@code to}, inclusive: the parameters' or the measure's default) and the data cut.
 */
public abstract class PeriodReport {
  private final ReportPeriod parameters;
  private final LocalDate from;
  private final LocalDate to;
  private final ReportCut cut;

  protected PeriodReport(ReportPeriod parameters, LocalDate from, LocalDate to, ReportCut cut) {
    this.parameters = parameters;
    this.from = from;
    this.to = to;
    this.cut = cut;
  }

  public ReportPeriod getParameters() {
    return parameters;
  }

  /** The first day of the period counted. */
  public LocalDate getFrom() {
    return from;
  }

  /** The last day of the period counted. */
  public LocalDate getTo() {
    return to;
  }

  public ReportCut getCut() {
    return cut;
  }
}
