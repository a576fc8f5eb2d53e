package org.continuumcare.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.beans.Introspector;
import java.util.MissingResourceException;

/**
 * Labels of codes for the screens: {@code #{labels.of(row.levelOfCare)}} reads {@code
 * levelOfCare.WM} from the bundle. The key's prefix is the enum's name (for a nested enum, its
 * declaring class's name) with a lower-case first letter. A {@code null} code has an empty label.
 */
@Named
@ApplicationScoped
public class Labels {

  public String of(Enum<?> code) {
    if (code == null) {
      return "";
    }
    Class<?> type = code.getDeclaringClass();
    Class<?> named = type.getEnclosingClass() == null ? type : type.getEnclosingClass();
    return lookUp(
        Introspector.decapitalize(named.getSimpleName()) + "." + code.name(), code.name());
  }

  /**
   * The label of a code kept as text (an episode event's reason is a transition or a discharge
   * reason, or free text for an undo): the first bundle key {@code prefix.code} that exists, else
   * the text itself.
   */
  public String ofText(String code, String... prefixes) {
    if (code == null) {
      return "";
    }
    for (String prefix : prefixes) {
      String label = lookUp(prefix + "." + code, null);
      if (label != null) {
        return label;
      }
    }
    return code;
  }

  private static String lookUp(String key, String otherwise) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      return faces.getApplication().getResourceBundle(faces, "i18n").getString(key);
    } catch (MissingResourceException e) {
      return otherwise;
    }
  }
}
