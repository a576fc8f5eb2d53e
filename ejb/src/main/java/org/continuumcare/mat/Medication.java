package org.continuumcare.mat;

/** Medications for opioid use disorder. */
public enum Medication {
  METHADONE(true),
  BUPRENORPHINE(false),
  BUPRENORPHINE_XR(true),
  NALTREXONE(false),
  NALTREXONE_XR(true);

  private final boolean clinicAdministered;

  Medication(boolean clinicAdministered) {
    this.clinicAdministered = clinicAdministered;
  }

  /**
   * Whether the clinic gives each dose (methadone dosing, XR injections) and records it as an
   * administration; other medications are taken by the patient as prescribed.
   */
  public boolean isClinicAdministered() {
    return clinicAdministered;
  }
}
