package org.continuumcare.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.UUID;
import org.continuumcare.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The recovery profile's rules, meetings, and a relapse resetting the sobriety date. */
class RecoveryProfileTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

  private static RecoveryProfile sober(LocalDate since) {
    RecoveryProfile profile = new RecoveryProfile(UUID.randomUUID());
    profile.change(new ProfileChange(true, since, 4, " Tuesday Night NA ", since), TODAY);
    return profile;
  }

  @Test
  void aChangeReplacesTheProfile() {
    RecoveryProfile profile = sober(LocalDate.of(2025, 3, 1));
    assertEquals(4, profile.getCurrentStep());
    assertEquals("Tuesday Night NA", profile.getHomeGroup());
    profile.change(new ProfileChange(false, null, null, " ", null), TODAY);
    assertNull(profile.getCurrentStep());
    assertNull(profile.getHomeGroup());
    assertNull(profile.getSobrietyDate());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 13, -1, 99})
  void aStepOutsideOneToTwelveIsRefused(int step) {
    RecoveryProfile profile = sober(LocalDate.of(2025, 3, 1));
    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () -> profile.change(new ProfileChange(false, null, step, null, null), TODAY));
    assertEquals("currentStep", refused.field());
    assertEquals(4, profile.getCurrentStep(), "nothing changed");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 12})
  void stepsOneAndTwelveAreAccepted(int step) {
    RecoveryProfile profile = new RecoveryProfile(UUID.randomUUID());
    profile.change(new ProfileChange(false, null, step, null, null), TODAY);
    assertEquals(step, profile.getCurrentStep());
  }

  @Test
  void datesInTheFutureAndASponsorDateWithoutSponsorAreRefused() {
    RecoveryProfile profile = new RecoveryProfile(UUID.randomUUID());
    LocalDate tomorrow = TODAY.plusDays(1);
    assertEquals(
        "sobrietyDate",
        assertThrows(
                RuleViolation.class,
                () -> profile.change(new ProfileChange(false, null, 1, null, tomorrow), TODAY))
            .field());
    assertEquals(
        "sponsorSince",
        assertThrows(
                RuleViolation.class,
                () -> profile.change(new ProfileChange(true, tomorrow, 1, null, null), TODAY))
            .field());
    assertEquals(
        "recovery.sponsorSinceWithoutSponsor",
        assertThrows(
                RuleViolation.class,
                () -> profile.change(new ProfileChange(false, TODAY, 1, null, null), TODAY))
            .key());
    assertEquals(
        "homeGroup",
        assertThrows(
                RuleViolation.class,
                () ->
                    profile.change(new ProfileChange(false, null, 1, "x".repeat(121), null), TODAY))
            .field());
  }

  @Test
  void aRelapseResetsTheSobrietyDateAndKeepsThePreviousOne() {
    LocalDate since = LocalDate.of(2025, 3, 1);
    RecoveryProfile profile = sober(since);
    Relapse relapse = profile.relapse(LocalDate.of(2025, 6, 20), "used once", "carl", TODAY);
    assertEquals(LocalDate.of(2025, 6, 20), profile.getSobrietyDate());
    assertEquals(since, relapse.getPreviousSobrietyDate());
    assertEquals(10, profile.sobriety().orElseThrow().days(TODAY));
    assertEquals(4, profile.getCurrentStep(), "the step is the counselor's call, kept");
  }

  @Test
  void aRelapseInTheFutureOrBeforeTheSobrietyDateIsRefused() {
    RecoveryProfile profile = sober(LocalDate.of(2025, 3, 1));
    assertThrows(
        RuleViolation.class, () -> profile.relapse(TODAY.plusDays(1), null, "carl", TODAY));
    RuleViolation before =
        assertThrows(
            RuleViolation.class,
            () -> profile.relapse(LocalDate.of(2025, 2, 28), null, "carl", TODAY));
    assertEquals("recovery.relapseBeforeSobriety", before.key());
    assertEquals(LocalDate.of(2025, 3, 1), profile.getSobrietyDate());
  }

  @Test
  void aRelapseWithoutSobrietyDateStartsTheCount() {
    RecoveryProfile profile = new RecoveryProfile(UUID.randomUUID());
    Relapse relapse = profile.relapse(TODAY, null, "carl", TODAY);
    assertNull(relapse.getPreviousSobrietyDate());
    assertEquals(0, profile.sobriety().orElseThrow().days(TODAY));
  }

  @Test
  void aMeetingInTheFutureIsRefused() {
    UUID patient = UUID.randomUUID();
    assertEquals(
        Fellowship.NA,
        Meeting.attended(patient, TODAY, Fellowship.NA, null, "carl", TODAY).getFellowship());
    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () -> Meeting.attended(patient, TODAY.plusDays(1), Fellowship.AA, null, "carl", TODAY));
    assertEquals("attendedOn", refused.field());
  }
}
