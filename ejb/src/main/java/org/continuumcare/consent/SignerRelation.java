package org.continuumcare.consent;

/**
 * Who signed a consent (§2.31(a)(8)): the patient, or a person authorized to sign for a minor
 * (§2.14), for a patient adjudicated as lacking capacity, or for a deceased patient (§2.15).
 */
public enum SignerRelation {
  PATIENT,
  PARENT_OR_GUARDIAN,
  AUTHORIZED_REPRESENTATIVE,
  PERSONAL_REPRESENTATIVE
}
