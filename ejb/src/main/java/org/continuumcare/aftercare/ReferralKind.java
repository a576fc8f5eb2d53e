package org.continuumcare.aftercare;

/** Where an aftercare referral sends the patient. */
public enum ReferralKind {
  SOBER_LIVING,
  OUTPATIENT,
  MAT_PROVIDER,
  VOCATIONAL,
  TWELVE_STEP_GROUP
}
