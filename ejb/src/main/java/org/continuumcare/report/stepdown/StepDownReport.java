package org.continuumcare.report.stepdown;

import java.time.LocalDate;
import java.util.List;
import org.continuumcare.report.LevelReport;
import org.continuumcare.report.ReportCut;
import org.continuumcare.report.ReportPeriod;

/**
 * Step-down continuity by level (WM, RES) and in all, over the stays that ended in [from, to]; the
 * last day counted is never later than asOf − 14, so that both windows can be observed.
 */
public final class StepDownReport extends LevelReport<StepDownRow> {

  public StepDownReport(
      ReportPeriod parameters,
      LocalDate from,
      LocalDate to,
      List<StepDownRow> byLevel,
      StepDownRow total,
      ReportCut cut) {
    super(parameters, from, to, byLevel, total, cut);
  }
}
