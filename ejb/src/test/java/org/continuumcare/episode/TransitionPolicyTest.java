package org.continuumcare.episode;

import static org.continuumcare.episode.Journeys.EAST;
import static org.continuumcare.episode.Journeys.MAIN;
import static org.continuumcare.episode.Journeys.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.site.Site;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (from level, to level, same or other site, stated reason) combination: the transition is
 * accepted exactly when the reason matches the direction given by WM > RES > PHP > IOP > OP > AC.
 */
class TransitionPolicyTest {

  private static final List<LevelOfCare> BY_INTENSITY =
      List.of(
          LevelOfCare.WM,
          LevelOfCare.RES,
          LevelOfCare.PHP,
          LevelOfCare.IOP,
          LevelOfCare.OP,
          LevelOfCare.AC);

  static Stream<Arguments> everyCombination() {
    List<Arguments> all = new ArrayList<>();
    for (LevelOfCare from : LevelOfCare.values()) {
      for (LevelOfCare to : LevelOfCare.values()) {
        for (Site site : List.of(MAIN, EAST)) {
          for (TransitionReason reason : TransitionReason.values()) {
            all.add(Arguments.of(from, to, site, reason));
          }
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} -> {1} at {2} as {3}")
  @MethodSource("everyCombination")
  void acceptsExactlyTheMatchingReason(
      LevelOfCare from, LevelOfCare to, Site site, TransitionReason reason) {
    Optional<TransitionReason> expected = expectedDirection(from, to, site);
    Episode episode = Journeys.admittedTo(from, 10);

    if (expected.isEmpty()) {
      RuleViolation refused =
          assertThrows(
              RuleViolation.class,
              () -> episode.transferTo(to, site, TODAY, reason, "note", TODAY));
      assertEquals("transition.sameLevelSameSite", refused.key());
      assertEquals(1, episode.getStays().size());
    } else if (expected.get() != reason) {
      RuleViolation refused =
          assertThrows(
              RuleViolation.class,
              () -> episode.transferTo(to, site, TODAY, reason, "note", TODAY));
      assertEquals("transition.reasonMismatch", refused.key());
      assertEquals("reason", refused.field());
      assertTrue(refused.getMessage().contains(expected.get().name()), refused.getMessage());
      assertEquals(from, episode.currentLevelOfCare().orElseThrow());
    } else {
      episode.transferTo(to, site, TODAY, reason, "note", TODAY);
      assertEquals(to, episode.currentLevelOfCare().orElseThrow());
      assertEquals(site, episode.openStay().orElseThrow().getSite());
      assertEquals(reason, episode.openStay().orElseThrow().getEntryReason());
    }
  }

  /** The direction computed independently of the policy: by position in the intensity list. */
  private static Optional<TransitionReason> expectedDirection(
      LevelOfCare from, LevelOfCare to, Site site) {
    int delta = BY_INTENSITY.indexOf(to) - BY_INTENSITY.indexOf(from);
    if (delta > 0) {
      return Optional.of(TransitionReason.STEP_DOWN);
    }
    if (delta < 0) {
      return Optional.of(TransitionReason.STEP_UP);
    }
    return site == MAIN ? Optional.empty() : Optional.of(TransitionReason.LATERAL);
  }
}
