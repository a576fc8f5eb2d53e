package org.continuumcare.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of domain rules and errors, shared by screens and API (bundle {@code messages}). */
public final class Messages {

  private static final String BUNDLE = "org.continuumcare.shared.messages";

  private Messages() {}

  public static String format(String key, Object... args) {
    return format(Locale.getDefault(), key, args);
  }

  public static String format(Locale locale, String key, Object... args) {
    try {
      String pattern =
          ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader()).getString(key);
      return new MessageFormat(pattern, locale).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
