package org.continuumcare.intake;

import org.continuumcare.shared.RuleViolation;

/** The required-element rule of the intake steps, with the message on the field. */
final class Rules {

  private Rules() {}

  static void required(String field, Object value) {
    required(field, value, "intake.required");
  }

  static void required(String field, Object value, String key) {
    if (value == null) {
      throw new RuleViolation(field, key);
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
