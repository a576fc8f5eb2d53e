package org.continuumcare.report.stepdown;

import java.time.LocalDate;
import java.util.List;
import org.continuumcare.report.ReportCut;
import org.continuumcare.report.ReportPeriod;

/** Step-down continuity by level (WM, RES) and in all, over the stays that ended in [from, to]. */
public final class StepDownReport {
  private final ReportPeriod parameters;
  private final LocalDate from;
  private final LocalDate to;
  private final List<StepDownRow> byLevel;
  private final StepDownRow total;
  private final ReportCut cut;

  public StepDownReport(
      ReportPeriod parameters,
      LocalDate from,
      LocalDate to,
      List<StepDownRow> byLevel,
      StepDownRow total,
      ReportCut cut) {
    this.parameters = parameters;
    this.from = from;
    this.to = to;
    this.byLevel = List.copyOf(byLevel);
    this.total = total;
    this.cut = cut;
  }

  public ReportPeriod getParameters() {
    return parameters;
  }

  /** The first day of the period counted. */
  public LocalDate getFrom() {
    return from;
  }

  /** The last day counted: never later than asOf − 14, so that both windows can be observed. */
  public LocalDate getTo() {
    return to;
  }

  public List<StepDownRow> getByLevel() {
    return byLevel;
  }

  public StepDownRow getTotal() {
    return total;
  }

  public ReportCut getCut() {
    return cut;
  }
}
