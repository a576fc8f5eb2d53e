package org.continuumcare.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The texts the audit trail hashes: a row's canonical form (the input of its {@code row_hmac}) and
 * a chain link (the input of its {@code chain_hmac}). Written down exactly, so that an auditor can
 * re-check the trail with any HMAC tool.
 *
 * <p>Format 2 (every row written now): {@code continuum-audit/2} followed, for each of id, time,
 * username, subject, action, patient, episode, outcome and break-the-glass, by {@code |} and either
 * {@code -} (no value) or the value's length in UTF-8 bytes, {@code :} and the value. The time is
 * microseconds since 1970-01-01T00:00Z (what PostgreSQL keeps). Length prefixes make the encoding
 * injective — no two different rows share a text — and the id makes a copied row fail.
 *
 * <p>Format 1 (rows written before V8): the fields without the id, joined by U+001F, an absent
 * value written {@code null}. Still verified, never written.
 */
final class CanonicalForm {

  static final int CURRENT = 2;
  static final int LEGACY = 1;
  private static final String GENESIS = "genesis";

  private CanonicalForm() {}

  /** The text of a row in the given format. */
  static String of(int format, long id, AuditRecord r) {
    return switch (format) {
      case CURRENT -> current(id, r);
      case LEGACY -> legacy(r);
      default -> throw new IllegalArgumentException("unknown audit row format " + format);
    };
  }

  /** The text of a chain link: the previous link's hash (or the genesis mark) and the row's. */
  static String link(String previousChainHmac, String rowHmac) {
    return (previousChainHmac == null ? GENESIS : previousChainHmac) + "\u001f" + rowHmac;
  }

  private static String current(long id, AuditRecord r) {
    StringBuilder text = new StringBuilder("continuum-audit/2");
    field(text, Long.toString(id));
    field(text, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, r.at())));
    field(text, r.username());
    field(text, r.subject());
    field(text, r.action());
    field(text, text(r.patientId()));
    field(text, text(r.episodeId()));
    field(text, r.outcome().name());
    field(text, Boolean.toString(r.breakGlass()));
    return text.toString();
  }

  private static void field(StringBuilder text, String value) {
    text.append('|');
    if (value == null) {
      text.append('-');
    } else {
      text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
    }
  }

  private static String text(UUID id) {
    return id == null ? null : id.toString();
  }

  private static String legacy(AuditRecord r) {
    return String.join(
        "\u001f",
        r.at().toString(),
        r.username(),
        String.valueOf(r.subject()),
        r.action(),
        String.valueOf(r.patientId()),
        String.valueOf(r.episodeId()),
        r.outcome().name(),
        String.valueOf(r.breakGlass()));
  }
}
