package org.continuumcare.web.patient;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.text.MessageFormat;
import org.continuumcare.security.Role;
import org.continuumcare.web.shell.FormErrors;

/**
 * What the clinical-record dialogs of the chart share: a change runs once; on success the chart
 * opens again on the dialog's tab with a message, else the refusal is shown in the dialog.
 */
abstract class ChartDialog implements Serializable {

  private static final long serialVersionUID = 1L;

  private String patientId;

  void onPatient(String patientId) {
    this.patientId = patientId;
  }

  String change(String formId, String tab, Runnable change, String doneKey, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      change.run();
    } catch (RuntimeException e) {
      if (FormErrors.report(faces, formId, e)) {
        return null;
      }
      throw e instanceof EJBException ? e : new EJBException(e);
    }
    String text =
        MessageFormat.format(
            faces.getApplication().getResourceBundle(faces, "i18n").getString(doneKey), args);
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    return "/patient/chart?faces-redirect=true&id=" + patientId + "&tab=" + tab;
  }

  /** Counselors and administrators keep the clinical record; others read it (not intake). */
  static boolean mayWrite(SecurityContext security) {
    return security.isCallerInRole(Role.COUNSELOR) || security.isCallerInRole(Role.ADMINISTRATOR);
  }

  static boolean mayRead(SecurityContext security) {
    return mayWrite(security)
        || security.isCallerInRole(Role.PRESCRIBER)
        || security.isCallerInRole(Role.NURSE);
  }
}
