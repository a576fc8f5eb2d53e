package org.continuumcare.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * What one audit row says: who (username and Keycloak subject), what, about which patient and
 * episode, when, how it ended, and whether the chart was opened by breaking the glass. Never a
 * patient's name or clinical text. Its hashed form is {@link CanonicalForm}.
 */
public record AuditRecord(
    Instant at,
    String username,
    String subject,
    String action,
    UUID patientId,
    UUID episodeId,
    Outcome outcome,
    boolean breakGlass) {

  public AuditRecord {
    at = at.truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
  }
}
