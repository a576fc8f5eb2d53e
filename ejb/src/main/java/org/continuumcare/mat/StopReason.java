package org.continuumcare.mat;

/** Why a MAT order ended. */
public enum StopReason {
  COMPLETED_TAPER,
  PATIENT_CHOICE,
  ADVERSE_EFFECT,
  TRANSFERRED_CARE,
  LOST_TO_FOLLOW_UP,
  DECEASED,
  OTHER
}
