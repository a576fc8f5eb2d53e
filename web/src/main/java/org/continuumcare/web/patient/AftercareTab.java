package org.continuumcare.web.patient;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.continuumcare.aftercare.AftercareService;
import org.continuumcare.aftercare.AftercareView;

/** Chart tab "Aftercare": the latest episode's aftercare plan and follow-up contacts. */
@Named
@RequestScoped
public class AftercareTab {

  @EJB AftercareService aftercare;
  @Inject ChartBacking chart;
  @Inject SecurityContext security;

  private AftercareView view;

  public AftercareView getView() {
    if (view == null && isVisible() && chart.getLatest() != null) {
      view = aftercare.aftercareOf(chart.getLatest().getId());
    }
    return view;
  }

  public boolean isVisible() {
    return ChartDialog.mayRead(security);
  }

  public boolean isMayWrite() {
    return chart.getLatest() != null && ChartDialog.mayWrite(security);
  }
}
