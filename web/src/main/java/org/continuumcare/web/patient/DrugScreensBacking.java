package org.continuumcare.web.patient;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.continuumcare.drugscreen.DrugScreen;
import org.continuumcare.drugscreen.DrugScreenService;
import org.continuumcare.security.Role;

/** The chart tab "Drug screens": the patient's screens, latest first, unexpected ones flagged. */
@Named
@RequestScoped
public class DrugScreensBacking {

  @EJB DrugScreenService screens;
  @Inject ChartBacking chart;
  @Inject SecurityContext security;

  private List<DrugScreen> list;

  /** Nurses, counselors, prescribers and administrators see screens (DESIGN.md §5). */
  public boolean isVisible() {
    return chart.getPatient() != null
        && (security.isCallerInRole(Role.NURSE)
            || security.isCallerInRole(Role.COUNSELOR)
            || security.isCallerInRole(Role.PRESCRIBER)
            || security.isCallerInRole(Role.ADMINISTRATOR));
  }

  public List<DrugScreen> getScreens() {
    if (list == null) {
      list = isVisible() ? screens.screensOf(chart.getPatient().getId()) : List.of();
    }
    return list;
  }

  /** Reads the screens again when next shown (after one was recorded in this request). */
  void refresh() {
    list = null;
  }

  public long getUnexpectedCount() {
    return getScreens().stream().filter(DrugScreen::isUnexpected).count();
  }
}
