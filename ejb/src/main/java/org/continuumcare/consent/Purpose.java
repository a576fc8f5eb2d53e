package org.continuumcare.consent;

/** Why records are disclosed (§2.31(a)(5)); the consent says it in words as well. */
public enum Purpose {
  TREATMENT,
  PAYMENT,
  HEALTH_CARE_OPERATIONS,
  PATIENT_REQUEST,
  CARE_COORDINATION,
  LEGAL,
  OTHER
}
