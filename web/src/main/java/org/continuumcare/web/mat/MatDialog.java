package org.continuumcare.web.mat;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import org.continuumcare.shared.Today;
import org.continuumcare.web.shell.FormErrors;

/**
 * What the MAT tab's dialogs share: a change ends with a confirmation on the tab (the dialog closes
 * and the tab shows the record as it is now), or the refusal shown next to its field in the dialog,
 * which stays open.
 */
abstract class MatDialog implements Serializable {

  /** The client id the tab's confirmation is shown under ({@code p:messages for="matDone"}). */
  static final String DONE = "matDone";

  @Inject MatTabBacking tab;
  @Inject Today today;

  /** Runs the change once; reports the outcome; whether it was made. */
  boolean change(String formId, Runnable change, String doneKey, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      change.run();
    } catch (RuntimeException e) {
      if (FormErrors.report(faces, formId, e)) {
        return false;
      }
      throw e instanceof EJBException ? e : new EJBException(e);
    }
    tab.reload();
    String text =
        MessageFormat.format(
            faces.getApplication().getResourceBundle(faces, "i18n").getString(doneKey), args);
    faces.addMessage(DONE, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    return true;
  }

  public LocalDate getToday() {
    return today.in(null);
  }
}
