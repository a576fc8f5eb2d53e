package org.continuumcare.report.followup;

import java.time.LocalDate;
import java.util.List;
import org.continuumcare.report.ReportCut;
import org.continuumcare.report.ReportPeriod;

/**
 * Follow-up completion over the contacts due in [from, to]: by discharge level, by contact point.
 */
public final class FollowUpReport {
  private final ReportPeriod parameters;
  private final LocalDate from;
  private final LocalDate to;
  private final List<FollowUpRow> byLevel;
  private final List<FollowUpRow> byContact;
  private final FollowUpRow total;
  private final ReportCut cut;

  public FollowUpReport(
      ReportPeriod parameters,
      LocalDate from,
      LocalDate to,
      List<FollowUpRow> byLevel,
      List<FollowUpRow> byContact,
      FollowUpRow total,
      ReportCut cut) {
    this.parameters = parameters;
    this.from = from;
    this.to = to;
    this.byLevel = List.copyOf(byLevel);
    this.byContact = List.copyOf(byContact);
    this.total = total;
    this.cut = cut;
  }

  public ReportPeriod getParameters() {
    return parameters;
  }

  /** The first due date counted. */
  public LocalDate getFrom() {
    return from;
  }

  /** The last due date counted: never later than asOf − the window, so every window is observed. */
  public LocalDate getTo() {
    return to;
  }

  public List<FollowUpRow> getByLevel() {
    return byLevel;
  }

  public List<FollowUpRow> getByContact() {
    return byContact;
  }

  public FollowUpRow getTotal() {
    return total;
  }

  public ReportCut getCut() {
    return cut;
  }
}
