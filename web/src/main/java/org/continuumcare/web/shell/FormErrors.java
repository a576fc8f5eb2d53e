package org.continuumcare.web.shell;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ResourceBundle;
import org.continuumcare.shared.ChangedBySomeoneElse;
import org.continuumcare.shared.Conflict;
import org.continuumcare.shared.RuleViolation;

/**
 * Shows a refused service call on the form that made it: a rule about a field next to that field,
 * anything else at the top of the form. The screen counterpart of the API's problem mapper.
 */
public final class FormErrors {

  private FormErrors() {}

  /**
   * Reports {@code thrown} on the form {@code formId} and returns {@code true}, or returns {@code
   * false} when it is not a refusal a user can act on (then it is a real error).
   */
  public static boolean report(FacesContext faces, String formId, Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof RuleViolation v) {
        add(faces, v.field() == null ? null : formId + ":" + v.field(), v.getMessage());
        return true;
      }
      if (t instanceof ChangedBySomeoneElse || t instanceof OptimisticLockException) {
        add(faces, null, new ChangedBySomeoneElse().getMessage());
        return true;
      }
      if (t instanceof Conflict c) {
        add(faces, null, c.getMessage());
        return true;
      }
      if (t instanceof ConstraintViolationException cve) {
        for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
          add(faces, formId + ":" + field(v.getPropertyPath()), v.getMessage());
        }
        return true;
      }
      if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
        add(faces, null, bundle(faces).getString("error.forbidden.text"));
        return true;
      }
    }
    return false;
  }

  private static void add(FacesContext faces, String clientId, String text) {
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    faces.validationFailed();
  }

  private static ResourceBundle bundle(FacesContext faces) {
    return faces.getApplication().getResourceBundle(faces, "i18n");
  }

  private static String field(Path path) {
    String field = null;
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.PROPERTY) {
        field = node.getName();
      }
    }
    return field;
  }
}
