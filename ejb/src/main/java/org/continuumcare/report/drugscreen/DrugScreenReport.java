package org.continuumcare.report.drugscreen;

import java.time.LocalDate;
import java.util.List;
import org.continuumcare.report.LevelReport;
import org.continuumcare.report.ReportCut;
import org.continuumcare.report.ReportPeriod;

/**
 * The drug-screen unexpected rate over [from, to] (the parameters' or the default: the year up to
 * asOf), by level of care at collection and in total: one row per level of care with screens, in
 * intensity order; a last row (level null) for screens collected while not in care, when there are
 * any.
 */
public final class DrugScreenReport extends LevelReport<DrugScreenRow> {

  public DrugScreenReport(
      ReportPeriod parameters,
      LocalDate from,
      LocalDate to,
      List<DrugScreenRow> byLevel,
      DrugScreenRow total,
      ReportCut cut) {
    super(parameters, from, to, byLevel, total, cut);
  }
}
