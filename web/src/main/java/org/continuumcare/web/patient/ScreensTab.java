package org.continuumcare.web.patient;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.ZoneId;
import java.util.List;
import org.continuumcare.scores.ScoreService;
import org.continuumcare.scores.ScreenHistory;
import org.continuumcare.security.Role;

/**
 * Chart tab "Screens": PHQ-9 and GAD-7 history with bands. Loaded when first shown (the header's
 * safety flag is {@link SafetyBanner}'s).
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

  private ZoneId zone() {
    String tz = chart.getPatient().getSite().getTimeZone();
    return tz == null ? ZoneId.systemDefault() : ZoneId.of(tz);
  }
}
