package org.continuumcare.report.followup;

import java.time.LocalDate;
import java.util.List;
import org.continuumcare.report.LevelReport;
import org.continuumcare.report.ReportCut;
import org.continuumcare.report.ReportPeriod;

/**
 * Follow-up completion over the contacts due in [from, to]: by discharge level, by contact point.
 * The last due date counted is never later than asOf − the window, so every window is observed.
 */
public final class FollowUpReport extends LevelReport<FollowUpRow> {
  private final List<FollowUpRow> byContact;

  public FollowUpReport(
      ReportPeriod parameters,
      LocalDate from,
      LocalDate to,
      List<FollowUpRow> byLevel,
      List<FollowUpRow> byContact,
      FollowUpRow total,
      ReportCut cut) {
    super(parameters, from, to, byLevel, total, cut);
    this.byContact = List.copyOf(byContact);
  }

  public List<FollowUpRow> getByContact() {
    return byContact;
  }
}
