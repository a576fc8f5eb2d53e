package org.continuumcare.intake;

/** Why the placed level of care differs from the one the assessment recommends. */
public enum VarianceReason {
  NOT_AVAILABLE,
  PATIENT_PREFERENCE,
  PAYER,
  CLINICAL_OVERRIDE
}
