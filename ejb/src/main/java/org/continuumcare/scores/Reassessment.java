package org.continuumcare.scores;

import java.time.Duration;
import java.time.Instant;

/**
 * When the next withdrawal reassessment is due during withdrawal management. DESIGN.md is silent on
 * the interval; Continuum uses the common detox protocol of a COWS or CIWA-Ar at least every 4
 * hours while the patient is in a WM stay. Without a score since the stay began, one is due from
 * the stay's start.
 *
 * @param dueAt when the next score is due
 * @param lastTakenAt the latest withdrawal score of the stay, or {@code null}
 */
public record Reassessment(Instant dueAt, Instant lastTakenAt) {

  public static final Duration INTERVAL = Duration.ofHours(4);

  /**
   * @param stayStart when the WM stay began (start of its first day)
   * @param lastTakenAt the latest withdrawal score, or {@code null}
   */
  public static Reassessment during(Instant stayStart, Instant lastTakenAt) {
    if (lastTakenAt == null || lastTakenAt.isBefore(stayStart)) {
      return new Reassessment(stayStart, null);
    }
    return new Reassessment(lastTakenAt.plus(INTERVAL), lastTakenAt);
  }

  /** Overdue at {@code now}: due strictly before it. */
  public boolean overdueAt(Instant now) {
    return dueAt.isBefore(now);
  }
}
