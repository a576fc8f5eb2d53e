package org.continuumcare.report.matstatus;

import java.util.List;
import org.continuumcare.report.ReportCut;
import org.continuumcare.report.ReportPeriod;

/**
 * The MAT-status report: the snapshot by level of care, OUD patients on MAT ({@code oud}: patients
 * = denominator, onMat = numerator) and continuity ≥ 180 days ({@code continuity180}: starts =
 * denominator, continuous = numerator).
 */
public final class MatStatusReport {
  private final ReportPeriod parameters;
  private final List<MatStatusRow> byLevel;
  private final Ratio oud;
  private final Ratio continuity180;
  private final ReportCut cut;

  public MatStatusReport(
      ReportPeriod parameters,
      List<MatStatusRow> byLevel,
      Ratio oud,
      Ratio continuity180,
      ReportCut cut) {
    this.parameters = parameters;
    this.byLevel = List.copyOf(byLevel);
    this.oud = oud;
    this.continuity180 = continuity180;
    this.cut = cut;
  }

  public ReportPeriod getParameters() {
    return parameters;
  }

  public List<MatStatusRow> getByLevel() {
    return byLevel;
  }

  public Ratio getOud() {
    return oud;
  }

  public Ratio getContinuity180() {
    return continuity180;
  }

  public ReportCut getCut() {
    return cut;
  }
}
