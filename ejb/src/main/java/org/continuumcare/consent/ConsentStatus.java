package org.continuumcare.consent;

/** Where a consent stands on a date. */
public enum ConsentStatus {
  VALID,
  EXPIRED,
  REVOKED
}
