package org.continuumcare.web.patient;

import jakarta.faces.context.FacesContext;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.UUID;
import org.continuumcare.security.Role;
import org.continuumcare.web.shell.FormWrites;

/**
 * What the chart's record dialogs share: the patient they write to, and the way a save ends — a
 * confirmation on the chart and the tab redrawn (by Ajax, {@link #save}, or by opening the chart
 * again on the dialog's tab, {@link #change}), or the refusal shown in the dialog next to its
 * field.
 */
abstract class ChartDialog implements Serializable {

  private static final long serialVersionUID = 1L;

  private String patientId;

  void openFor(String patientId) {
    this.patientId = patientId;
  }

  UUID patientId() {
    return UUID.fromString(patientId);
  }

  /**
   * Runs the write once; a refusal is reported on {@code formId} (the dialog stays open) and
   * answers {@code false}.
   */
  boolean save(String formId, Runnable write, String doneKey, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!FormWrites.succeeded(faces, formId, write)) {
      return false;
    }
    FormWrites.confirm(faces, doneKey, args);
    return true;
  }

  /**
   * Runs the change once and answers the chart opened again on {@code tab} with a confirmation, or
   * {@code null} (the dialog stays open with the refusal on its field).
   */
  String change(String formId, String tab, Runnable change, String doneKey, Object... args) {
    return FormWrites.write(
        FacesContext.getCurrentInstance(),
        formId,
        change,
        "/patient/chart?faces-redirect=true&id=" + patientId + "&tab=" + tab,
        doneKey,
        args);
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
