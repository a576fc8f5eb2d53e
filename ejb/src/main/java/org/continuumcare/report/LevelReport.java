package org.continuumcare.report;

import java.time.LocalDate;
import java.util.List;

/** A report over a period with one row of type {@code R} per level of care and a total row. */
public abstract class LevelReport<R> extends PeriodReport {
  private final List<R> byLevel;
  private final R total;

  protected LevelReport(
      ReportPeriod parameters,
      LocalDate from,
      LocalDate to,
      List<R> byLevel,
      R total,
      ReportCut cut) {
    super(parameters, from, to, cut);
    this.byLevel = List.copyOf(byLevel);
    this.total = total;
  }

  public List<R> getByLevel() {
    return byLevel;
  }

  public R getTotal() {
    return total;
  }
}
