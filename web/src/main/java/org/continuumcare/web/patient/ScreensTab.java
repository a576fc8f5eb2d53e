package org.continuumcare.web.patient;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.continuumcare.scores.SafetyFlag;
import org.continuumcare.scores.ScoreService;
import org.continuumcare.scores.ScreenHistory;
import org.continuumcare.security.Role;

/**
 * Chart tab "Screens": PHQ-9 and GAD-7 history with bands, and the safety flag shown on the chart
 * header. Loaded when first shown.
 */
@Named
@RequestScoped
public class ScreensTab {

  @EJB ScoreService scores;
  @Inject ChartBacking chart;
  @Inject SecurityContext security;

  private ScreenHistory history;
  private List<ScoreRow> rows;

  private ScreenHistory history() {
    if (history == null && chart.getPatient() != null) {
      try {
        history = scores.screensOf(chart.getPatient().getId());
      } catch (EJBAccessException e) {
        history = new ScreenHistory(List.of(), null);
      }
      ZoneId zone = zone();
      rows = history.screens().stream().map(s -> new ScoreRow(s, zone)).toList();
    }
    return history;
  }

  public List<ScoreRow> getScreens() {
    history();
    return rows;
  }

  public SafetyFlag getSafetyFlag() {
    return history() == null ? null : history.safetyFlag();
  }

  public LocalDateTime getFlagRaisedAt() {
    SafetyFlag flag = getSafetyFlag();
    return flag == null ? null : LocalDateTime.ofInstant(flag.getRaisedAt(), zone());
  }

  /** Forgets what was loaded: the next read shows a change just made in this request. */
  public void refresh() {
    history = null;
  }

  public boolean isMayRecord() {
    return security.isCallerInRole(Role.COUNSELOR)
        || security.isCallerInRole(Role.PRESCRIBER)
        || security.isCallerInRole(Role.NURSE)
        || security.isCallerInRole(Role.INTAKE)
        || security.isCallerInRole(Role.ADMINISTRATOR);
  }

  /** Counselors, prescribers and administrators clear the flag with a safety assessment. */
  public boolean isMayClear() {
    return getSafetyFlag() != null
        && (security.isCallerInRole(Role.COUNSELOR)
            || security.isCallerInRole(Role.PRESCRIBER)
            || security.isCallerInRole(Role.ADMINISTRATOR));
  }

  private ZoneId zone() {
    String tz = chart.getPatient().getSite().getTimeZone();
    return tz == null ? ZoneId.systemDefault() : ZoneId.of(tz);
  }
}
