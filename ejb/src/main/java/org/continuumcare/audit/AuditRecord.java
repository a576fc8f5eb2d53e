package org.continuumcare.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What one audit row says: who (username and Keycloak subject), what, about which patient and
 * episode, when, how it ended, and whether the chart was opened by breaking the glass. Never a
 * patient's name or clinical text. Its hashed form is {@link CanonicalForm}.
 *
 * <p>The action always fits its column ({@value #ACTION_WIDTH} characters), so no record is lost to
 * a long one: ids in it (the path of a nested API resource, say) are shortened to {@code {id}} —
 * the patient and episode have their own columns — and what is still too long is cut.
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
    action = fitted(Objects.requireNonNull(action, "action"));
    Objects.requireNonNull(outcome, "outcome");
  }

  /** The width of {@code audit_event.action}. */
  static final int ACTION_WIDTH = 80;

  private static final Pattern ID =
      Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

  static String fitted(String action) {
    if (action.length() <= ACTION_WIDTH) {
      return action;
    }
    String shortened = ID.matcher(action).replaceAll("{id}");
    return shortened.length() > ACTION_WIDTH ? shortened.substring(0, ACTION_WIDTH) : shortened;
  }
}
