package org.continuumcare.consent;

/** The kind of person or organization outside the program records are disclosed to. */
public enum RecipientKind {
  PAYER,
  PROVIDER,
  COURT,
  FAMILY,
  EMPLOYER,
  OTHER
}
