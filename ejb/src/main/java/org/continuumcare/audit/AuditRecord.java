package org.continuumcare.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The content of one audit row, and its canonical text — the input of the row's keyed hash. Every
 * field is in it, separated so that no two different rows share a text.
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
  }

  String canonical() {
    return String.join(
        "\u001f",
        at.toString(),
        username,
        String.valueOf(subject),
        action,
        String.valueOf(patientId),
        String.valueOf(episodeId),
        outcome.name(),
        String.valueOf(breakGlass));
  }

  /** The chain link of a row: the previous link and this row's hash. */
  static String link(String previousChainHmac, String rowHmac) {
    return (previousChainHmac == null ? "genesis" : previousChainHmac) + "\u001f" + rowHmac;
  }
}
