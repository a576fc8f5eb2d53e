package org.continuumcare.web.patient;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.continuumcare.plan.PlanService;
import org.continuumcare.plan.PlanView;

/** Chart tab "Plan": the treatment plan of the open (or latest) episode. */
@Named
@RequestScoped
public class PlanTab {

  @EJB PlanService plans;
  @Inject ChartBacking chart;
  @Inject SecurityContext security;

  private PlanView view;
  private boolean loaded;

  /** The plan with its review due, or null when none is written (or the user may not read it). */
  public PlanView getView() {
    if (!loaded) {
      loaded = true;
      if (isVisible() && chart.getLatest() != null) {
        view = plans.planOf(chart.getLatest().getId()).orElse(null);
      }
    }
    return view;
  }

  public boolean isVisible() {
    return ChartDialog.mayRead(security);
  }

  public boolean isMayWrite() {
    return chart.getLatest() != null
        && chart.getLatest().getDischargedOn() == null
        && ChartDialog.mayWrite(security);
  }
}
