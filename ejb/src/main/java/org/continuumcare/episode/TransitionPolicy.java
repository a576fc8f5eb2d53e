package org.continuumcare.episode;

import java.time.LocalDate;
import java.util.Optional;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.site.Site;

/**
 * The one place that decides whether a change of level of care is allowed (DESIGN.md §3.2).
 *
 * <ul>
 *   <li>the direction follows from the intensity order; the same level at the same site is no
 *       transition at all;
 *   <li>the stated reason must match the direction;
 *   <li>the effective date lies between the open stay's start and today: late entry is allowed,
 *       out-of-order entry is not;
 *   <li>a note says why.
 * </ul>
 */
public final class TransitionPolicy {

  private TransitionPolicy() {}

  /**
   * The direction of a move between levels at sites (by code), or empty when it would stay at the
   * same level and site. Screens use it to show the direction before the move is made.
   */
  public static Optional<TransitionReason> direction(
      LevelOfCare from, String fromSite, LevelOfCare to, String toSite) {
    if (to.isMoreIntensiveThan(from)) {
      return Optional.of(TransitionReason.STEP_UP);
    }
    if (from.isMoreIntensiveThan(to)) {
      return Optional.of(TransitionReason.STEP_DOWN);
    }
    return fromSite.equals(toSite) ? Optional.empty() : Optional.of(TransitionReason.LATERAL);
  }

  /** Refuses the transition from the open stay with the first rule it breaks. */
  static void check(
      Stay open,
      LevelOfCare to,
      Site toSite,
      LocalDate effectiveOn,
      TransitionReason reason,
      String note,
      LocalDate today) {
    TransitionReason direction =
        direction(open.getLevelOfCare(), open.getSite().getCode(), to, toSite.getCode())
            .orElseThrow(
                () -> new RuleViolation("levelOfCare", "transition.sameLevelSameSite", to.name()));
    if (reason != direction) {
      throw new RuleViolation(
          "reason",
          "transition.reasonMismatch",
          open.getLevelOfCare().name(),
          to.name(),
          direction.name(),
          reason.name());
    }
    checkEffectiveDate("effectiveOn", open, effectiveOn, today);
    if (note == null || note.isBlank()) {
      throw new RuleViolation("note", "transition.noteRequired");
    }
  }

  /** A transition or discharge takes effect between the open stay's start and today. */
  static void checkEffectiveDate(String field, Stay open, LocalDate on, LocalDate today) {
    if (on.isBefore(open.getStart())) {
      throw new RuleViolation(field, "workflow.beforeOpenStay", on, open.getStart());
    }
    if (on.isAfter(today)) {
      throw new RuleViolation(field, "workflow.inFuture");
    }
  }
}
