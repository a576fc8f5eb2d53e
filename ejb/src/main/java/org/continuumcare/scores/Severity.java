package org.continuumcare.scores;

/** The severity band a total falls in; each instrument uses some of these. */
public enum Severity {
  NONE,
  MINIMAL,
  MILD,
  MODERATE,
  MODERATELY_SEVERE,
  SEVERE
}
