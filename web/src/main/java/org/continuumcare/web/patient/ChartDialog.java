package org.continuumcare.web.patient;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.UUID;
import org.continuumcare.web.shell.FormErrors;

/**
 * What the chart's record dialogs (drug screen, recovery) share: the patient they write to, and the
 * way a save ends — a confirmation on the chart, the dialog closed and the tab redrawn (by Ajax:
 * the chart stays on the tab), or the refusal shown in the dialog next to its field.
 */
abstract class ChartDialog implements Serializable {

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
    try {
      write.run();
    } catch (RuntimeException e) {
      if (FormErrors.report(faces, formId, e)) {
        return false;
      }
      throw e instanceof EJBException ? e : new EJBException(e);
    }
    String text =
        MessageFormat.format(
            faces.getApplication().getResourceBundle(faces, "i18n").getString(doneKey), args);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    return true;
  }
}
