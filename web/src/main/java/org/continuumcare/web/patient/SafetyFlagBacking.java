package org.continuumcare.web.patient;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.continuumcare.scores.ScoreService;
import org.continuumcare.web.shell.FormErrors;
import org.primefaces.PrimeFaces;

/** The dialog that clears the chart's safety flag with the documented safety assessment. */
@Named
@ViewScoped
public class SafetyFlagBacking implements Serializable {

  @EJB ScoreService scores;
  @Inject ChartBacking chart;
  @Inject SafetyBanner banner;

  private String patientId;
  private String assessment;

  public void open() {
    patientId = chart.getPatient().getId().toString();
    assessment = null;
  }

  public void clear() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      scores.clearSafetyFlag(UUID.fromString(patientId), assessment);
    } catch (RuntimeException e) {
      if (FormErrors.report(faces, "safetyForm", e)) {
        return;
      }
      throw e instanceof EJBException ? e : new EJBException(e);
    }
    banner.refresh();
    String text =
        faces.getApplication().getResourceBundle(faces, "i18n").getString("safety.cleared");
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    PrimeFaces.current().ajax().addCallbackParam("saved", true);
  }

  public String getAssessment() {
    return assessment;
  }

  public void setAssessment(String assessment) {
    this.assessment = assessment;
  }
}
