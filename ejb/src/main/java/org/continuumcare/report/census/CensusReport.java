package org.continuumcare.report.census;

import java.time.LocalDate;
import java.util.List;
import org.continuumcare.report.ReportCut;
import org.continuumcare.report.ReportPeriod;

/** Census on asOf by level × site, and length of stay of the stays that ended in [from, to]. */
public final class CensusReport {
  private final ReportPeriod parameters;
  private final LocalDate losFrom;
  private final LocalDate losTo;
  private final List<CensusAtRow> census;
  private final List<LengthOfStayRow> lengthOfStay;
  private final ReportCut cut;

  public CensusReport(
      ReportPeriod parameters,
      LocalDate losFrom,
      LocalDate losTo,
      List<CensusAtRow> census,
      List<LengthOfStayRow> lengthOfStay,
      ReportCut cut) {
    this.parameters = parameters;
    this.losFrom = losFrom;
    this.losTo = losTo;
    this.census = List.copyOf(census);
    this.lengthOfStay = List.copyOf(lengthOfStay);
    this.cut = cut;
  }

  public ReportPeriod getParameters() {
    return parameters;
  }

  public LocalDate getLosFrom() {
    return losFrom;
  }

  public LocalDate getLosTo() {
    return losTo;
  }

  public List<CensusAtRow> getCensus() {
    return census;
  }

  public List<LengthOfStayRow> getLengthOfStay() {
    return lengthOfStay;
  }

  public long getTotal() {
    return census.stream().mapToLong(CensusAtRow::getPatients).sum();
  }

  public ReportCut getCut() {
    return cut;
  }
}
