package org.continuumcare.report.drugscreen;

import java.time.LocalDate;
import java.util.List;
import org.continuumcare.report.ReportCut;
import org.continuumcare.report.ReportPeriod;

/** The drug-screen unexpected rate over [from, to], by level of care at collection and in total. */
public final class DrugScreenReport {
  private final ReportPeriod parameters;
  private final LocalDate from;
  private final LocalDate to;
  private final List<DrugScreenRow> byLevel;
  private final DrugScreenRow total;
  private final ReportCut cut;

  public DrugScreenReport(
      ReportPeriod parameters,
      LocalDate from,
      LocalDate to,
      List<DrugScreenRow> byLevel,
      DrugScreenRow total,
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

  /** The period actually counted (the parameters' or the default: the year up to asOf). */
  public LocalDate getFrom() {
    return from;
  }

  public LocalDate getTo() {
    return to;
  }

  /**
   * One row per level of care with screens, in intensity order; a last row (level null) for screens
   * collected while not in care, when there are any.
   */
  public List<DrugScreenRow> getByLevel() {
    return byLevel;
  }

  public DrugScreenRow getTotal() {
    return total;
  }

  public ReportCut getCut() {
    return cut;
  }
}
