package org.continuumcare.web.patient;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.continuumcare.scores.Reassessment;
import org.continuumcare.scores.ScoreService;
import org.continuumcare.scores.WithdrawalHistory;
import org.continuumcare.security.Role;

/**
 * Chart tab "Withdrawal": COWS and CIWA-Ar scores with their trend, and — during withdrawal
 * management — when the next reassessment is due (a banner when overdue). Loaded when first shown,
 * so a score just recorded in the dialog is in the list the same request renders.
 */
@Named
@RequestScoped
public class WithdrawalTab {

  @EJB ScoreService scores;
  @Inject ChartBacking chart;
  @Inject SecurityContext security;

  private WithdrawalHistory history;
  private List<ScoreRow> rows;

  private WithdrawalHistory history() {
    if (history == null && chart.getPatient() != null) {
      try {
        history = scores.withdrawalOf(chart.getPatient().getId());
      } catch (EJBAccessException e) {
        history = new WithdrawalHistory(List.of(), null);
      }
      ZoneId zone = zone();
      rows = history.scores().stream().map(s -> new ScoreRow(s, zone)).toList();
    }
    return history;
  }

  public List<ScoreRow> getScores() {
    history();
    return rows;
  }

  /** Whether the patient is in withdrawal management (a reassessment schedule applies). */
  public boolean isInWithdrawalManagement() {
    return history() != null && history.reassessment() != null;
  }

  public boolean isOverdue() {
    return isInWithdrawalManagement() && history.reassessment().overdueAt(Instant.now());
  }

  public LocalDateTime getDueAt() {
    Reassessment r = isInWithdrawalManagement() ? history.reassessment() : null;
    return r == null ? null : LocalDateTime.ofInstant(r.dueAt(), zone());
  }

  public long getIntervalHours() {
    return Reassessment.INTERVAL.toHours();
  }

  /** The chart.js model of the totals over time, one line per scale. */
  public String getTrend() {
    history();
    return WithdrawalTrend.of(rows, FacesContext.getCurrentInstance());
  }

  /** Forgets what was loaded: the next read shows a change just made in this request. */
  public void refresh() {
    history = null;
  }

  public boolean isMayRecord() {
    return security.isCallerInRole(Role.NURSE)
        || security.isCallerInRole(Role.PRESCRIBER)
        || security.isCallerInRole(Role.INTAKE)
        || security.isCallerInRole(Role.ADMINISTRATOR);
  }

  private ZoneId zone() {
    String tz = chart.getPatient().getSite().getTimeZone();
    return tz == null ? ZoneId.systemDefault() : ZoneId.of(tz);
  }
}
