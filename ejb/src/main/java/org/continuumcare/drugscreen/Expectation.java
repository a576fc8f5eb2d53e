package org.continuumcare.drugscreen;

/** Whether a result is what the patient's MAT leads one to expect. */
public enum Expectation {
  EXPECTED,
  UNEXPECTED
}
