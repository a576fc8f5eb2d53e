package org.continuumcare.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Days sober and milestones: the sobriety date is day 0; milestone n is reached on day n. */
class SobrietyTest {

  private static final LocalDate SINCE = LocalDate.of(2025, 1, 1);
  private final Sobriety sobriety = new Sobriety(SINCE);

  @ParameterizedTest(name = "day {0}: next {1}, {2} reached")
  @CsvSource({
    "0, DAYS_30, 0",
    "1, DAYS_30, 0",
    "29, DAYS_30, 0",
    "30, DAYS_60, 1",
    "59, DAYS_60, 1",
    "60, DAYS_90, 2",
    "89, DAYS_90, 2",
    "90, DAYS_180, 3",
    "179, DAYS_180, 3",
    "180, DAYS_365, 4",
    "364, DAYS_365, 4",
    "365, , 5",
    "1000, , 5"
  })
  void milestonesOnEveryBoundary(int day, Milestone next, int reached) {
    LocalDate today = SINCE.plusDays(day);
    assertEquals(day, sobriety.days(today));
    assertEquals(Optional.ofNullable(next), sobriety.next(today));
    assertEquals(reached, sobriety.reached(today).size());
  }

  @Test
  void milestoneDatesCountFromTheSobrietyDate() {
    assertEquals(LocalDate.of(2025, 1, 31), sobriety.dateOf(Milestone.DAYS_30));
    assertEquals(LocalDate.of(2025, 3, 2), sobriety.dateOf(Milestone.DAYS_60));
    assertEquals(LocalDate.of(2025, 4, 1), sobriety.dateOf(Milestone.DAYS_90));
    assertEquals(LocalDate.of(2025, 6, 30), sobriety.dateOf(Milestone.DAYS_180));
    assertEquals(LocalDate.of(2026, 1, 1), sobriety.dateOf(Milestone.DAYS_365));
  }

  @Test
  void aMilestoneIsReachedOnExactlyOneDay() {
    assertEquals(Optional.of(Milestone.DAYS_90), sobriety.reachedOn(LocalDate.of(2025, 4, 1)));
    assertEquals(Optional.empty(), sobriety.reachedOn(LocalDate.of(2025, 4, 2)));
    assertEquals(
        List.of(Milestone.DAYS_30, Milestone.DAYS_60, Milestone.DAYS_90),
        sobriety.reached(LocalDate.of(2025, 4, 2)));
  }

  @Test
  void beforeTheSobrietyDateNoDaysAreCounted() {
    assertEquals(0, sobriety.days(SINCE.minusDays(3)));
    assertEquals(Optional.of(Milestone.DAYS_30), sobriety.next(SINCE.minusDays(3)));
  }
}
