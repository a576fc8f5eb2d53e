package org.continuumcare.consent;

/** What allowed a disclosure: the patient's written consent, or a medical emergency (§2.51). */
public enum DisclosureBasis {
  CONSENT,
  MEDICAL_EMERGENCY
}
