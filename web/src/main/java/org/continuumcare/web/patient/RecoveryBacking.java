package org.continuumcare.web.patient;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import org.continuumcare.recovery.Milestone;
import org.continuumcare.recovery.RecoveryRecord;
import org.continuumcare.recovery.RecoveryService;
import org.continuumcare.recovery.Relapse;
import org.continuumcare.recovery.Sobriety;
import org.continuumcare.security.Role;
import org.continuumcare.shared.Today;

/**
 * The chart tab "Recovery": profile (sponsor, step, home group), sobriety date with days sober and
 * the next milestone, meetings and relapses. After a relapse while in care, it offers a step up.
 */
@Named
@RequestScoped
public class RecoveryBacking {

  @EJB RecoveryService recovery;
  @Inject ChartBacking chart;
  @Inject SecurityContext security;
  @Inject Today today;

  private RecoveryRecord record;

  /** Counselors, prescribers and administrators (recovery support is counseling work). */
  public boolean isVisible() {
    return chart.getPatient() != null
        && (security.isCallerInRole(Role.COUNSELOR)
            || security.isCallerInRole(Role.PRESCRIBER)
            || security.isCallerInRole(Role.ADMINISTRATOR));
  }

  public RecoveryRecord getRecord() {
    if (record == null && isVisible()) {
      record = recovery.recordOf(chart.getPatient().getId());
    }
    return record;
  }

  /** Reads the record again when next shown (after a change in this request). */
  void refresh() {
    record = null;
  }

  public Sobriety getSobriety() {
    return getRecord().profile().sobriety().orElse(null);
  }

  public long getDaysSober() {
    return getSobriety() == null ? 0 : getSobriety().days(on());
  }

  public Milestone getNextMilestone() {
    return getSobriety() == null ? null : getSobriety().next(on()).orElse(null);
  }

  public LocalDate getNextMilestoneOn() {
    Milestone next = getNextMilestone();
    return next == null ? null : getSobriety().dateOf(next);
  }

  public List<Milestone> getReached() {
    return getSobriety() == null ? List.of() : getSobriety().reached(on());
  }

  public Milestone[] getMilestones() {
    return Milestone.values();
  }

  /**
   * The latest relapse when it happened during the current stay (the level of care has not changed
   * since): the tab then suggests a step up, if the user may change the level.
   */
  public Relapse getRelapseToAddress() {
    if (chart.getCurrent() == null || getRecord().relapses().isEmpty()) {
      return null;
    }
    Relapse latest = getRecord().relapses().get(0);
    LocalDate stayStart = chart.getCurrent().openStay().orElseThrow().getStart();
    return latest.getOccurredOn().isBefore(stayStart) ? null : latest;
  }

  private LocalDate on() {
    return today.in(chart.getPatient().getSite().getTimeZone());
  }
}
