package org.continuumcare.web.shell;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;

/**
 * How a form's write ends, for every screen: the service call runs once; a refusal the user can act
 * on is shown on the form ({@link FormErrors}) and the form stays; anything else is a real error;
 * success is confirmed with a bundle message at the top of the page — of the next page too, when
 * the write navigates.
 */
public final class FormWrites {

  private FormWrites() {}

  /**
   * Runs {@code write}; answers {@code false} when it was refused and the refusal is shown on the
   * form {@code formId}.
   */
  public static boolean succeeded(FacesContext faces, String formId, Runnable write) {
    try {
      write.run();
      return true;
    } catch (RuntimeException e) {
      if (FormErrors.report(faces, formId, e)) {
        return false;
      }
      throw e instanceof EJBException ? e : new EJBException(e);
    }
  }

  /** Shows the bundle message {@code doneKey} (a MessageFormat of {@code args}) on this page. */
  public static void confirm(FacesContext faces, String doneKey, Object... args) {
    String text =
        MessageFormat.format(
            faces.getApplication().getResourceBundle(faces, "i18n").getString(doneKey), args);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  /**
   * Runs {@code write} and answers {@code outcome} with the confirmation {@code doneKey} kept for
   * the page it leads to, or {@code null} (the form stays, with the refusal on it).
   */
  public static String write(
      FacesContext faces,
      String formId,
      Runnable write,
      String outcome,
      String doneKey,
      Object... args) {
    if (!succeeded(faces, formId, write)) {
      return null;
    }
    faces.getExternalContext().getFlash().setKeepMessages(true);
    confirm(faces, doneKey, args);
    return outcome;
  }
}
