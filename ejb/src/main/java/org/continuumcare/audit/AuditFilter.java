package org.continuumcare.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Which audit rows the auditor asks for; every part optional. {@code from} is inclusive, {@code to}
 * exclusive.
 */
public record AuditFilter(
    UUID patientId, String mrn, Instant from, Instant to, boolean breakGlassOnly) {

  public static AuditFilter all() {
    return new AuditFilter(null, null, null, null, false);
  }
}
