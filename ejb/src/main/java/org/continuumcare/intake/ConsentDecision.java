package org.continuumcare.intake;

/**
 * What happened about a Part 2 consent at intake. Treatment is never conditioned on signing one (42
 * CFR 2.31 lets the patient refuse), so "not signed now" is a complete answer, not an error.
 */
public enum ConsentDecision {
  /** The patient signed a consent; every §2.31(a) element is captured with the admission. */
  CAPTURED,
  /** The patient did not sign a consent at intake; one may be captured later on the chart. */
  NOT_SIGNED
}
