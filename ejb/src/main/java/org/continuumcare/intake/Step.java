package org.continuumcare.intake;

/** The steps of the intake flow, in order; a draft remembers the step it was left at. */
public enum Step {
  REFERRAL,
  SUBSTANCES,
  PLACEMENT,
  /** The withdrawal score (COWS or CIWA-Ar) taken on entering withdrawal management. */
  WITHDRAWAL,
  /** The 42 CFR Part 2 consent, or the record that the patient did not sign one now. */
  CONSENT,
  ADMISSION;

  /** The step's id in the flow (and on the screen). */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Step ofId(String id) {
    return valueOf(id.toUpperCase(java.util.Locale.ROOT));
  }
}
