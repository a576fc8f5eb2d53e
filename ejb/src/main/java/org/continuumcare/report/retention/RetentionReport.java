package org.continuumcare.report.retention;

import java.util.List;
import org.continuumcare.report.ReportCut;

/** The R90 report: cohorts by month of course start, the same courses by level, and the total. */
public final class RetentionReport {
  private final RetentionParameters parameters;
  private final List<RetentionCohort> cohorts;
  private final List<RetentionByLevel> byLevel;
  private final RetentionCounts total;
  private final ReportCut cut;

  public RetentionReport(
      RetentionParameters parameters,
      List<RetentionCohort> cohorts,
      List<RetentionByLevel> byLevel,
      RetentionCounts total,
      ReportCut cut) {
    this.parameters = parameters;
    this.cohorts = List.copyOf(cohorts);
    this.byLevel = List.copyOf(byLevel);
    this.total = total;
    this.cut = cut;
  }

  public RetentionParameters getParameters() {
    return parameters;
  }

  public List<RetentionCohort> getCohorts() {
    return cohorts;
  }

  public List<RetentionByLevel> getByLevel() {
    return byLevel;
  }

  public RetentionCounts getTotal() {
    return total;
  }

  public ReportCut getCut() {
    return cut;
  }
}
