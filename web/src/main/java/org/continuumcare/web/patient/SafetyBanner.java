package org.continuumcare.web.patient;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.continuumcare.scores.SafetyFlag;
import org.continuumcare.scores.ScoreService;
import org.continuumcare.security.Role;

/**
 * The chart header's safety banner (positive PHQ-9 item 9) on every tab: reads the open flag only,
 * not the screen history of the "Screens" tab.
 */
@Named
@RequestScoped
public class SafetyBanner {

  @EJB ScoreService scores;
  @Inject ChartBacking chart;
  @Inject SecurityContext security;

  private SafetyFlag flag;
  private boolean loaded;

  public SafetyFlag getFlag() {
    if (!loaded && chart.getPatient() != null) {
      loaded = true;
      try {
        flag = scores.safetyFlagOf(chart.getPatient().getId());
      } catch (EJBAccessException e) {
        flag = null;
      }
    }
    return flag;
  }

  public LocalDateTime getRaisedAt() {
    SafetyFlag f = getFlag();
    if (f == null) {
      return null;
    }
    String tz = chart.getPatient().getSite().getTimeZone();
    return LocalDateTime.ofInstant(
        f.getRaisedAt(), tz == null ? ZoneId.systemDefault() : ZoneId.of(tz));
  }

  /** Counselors, prescribers and administrators clear the flag with a safety assessment. */
  public boolean isMayClear() {
    return getFlag() != null
        && (security.isCallerInRole(Role.COUNSELOR)
            || security.isCallerInRole(Role.PRESCRIBER)
            || security.isCallerInRole(Role.ADMINISTRATOR));
  }

  /** Reads the flag again when next shown (a score raised or an assessment cleared it). */
  void refresh() {
    loaded = false;
    flag = null;
  }
}
