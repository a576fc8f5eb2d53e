package org.continuumcare.report;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.report.retention.RetentionCohort;
import org.continuumcare.report.retention.RetentionCounts;
import org.continuumcare.report.retention.RetentionMeasure;
import org.continuumcare.report.retention.RetentionParameters;
import org.continuumcare.report.retention.RetentionReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R90 (DESIGN.md §4.1) on hand-built journeys, computed by the production query against a real
 * PostgreSQL. Each test gets its own home site and filters on it, so other data cannot leak in.
 */
class RetentionMeasureIT {
  private static final AtomicInteger SITES = new AtomicInteger();
  private static final LocalDate AS_OF = parse("2025-12-31");

  private Journeys j;
  private String site;

  @BeforeEach
  void open() throws SQLException {
    j = Journeys.open();
    site = j.site("R90-" + ProcessHandle.current().pid() % 1000 + "-" + SITES.incrementAndGet());
  }

  @AfterEach
  void rollBack() throws SQLException {
    j.close();
  }

  private RetentionReport r90(LocalDate asOf, int gapDays) throws SQLException {
    return r90(asOf, null, null, gapDays);
  }

  private RetentionReport r90(LocalDate asOf, LocalDate from, LocalDate to, int gapDays)
      throws SQLException {
    return RetentionMeasure.compute(
        j.connection(), new RetentionParameters(asOf, from, to, gapDays, site));
  }

  private UUID patient() throws SQLException {
    return j.patient("HEROIN", site);
  }

  private static void assertCounts(
      long eligible, long retained, long excluded, RetentionCounts counts) {
    assertEquals(
        List.of(eligible, retained, excluded),
        List.of(counts.getEligible(), counts.getRetained(), counts.getExcluded()));
  }

  @Test
  void theDesignExampleIsOneCourseOf91DaysWithGap14AndTwoCoursesWithGap7() throws SQLException {
    UUID ana = patient();
    j.episode(ana, "2025-01-01 WM 2025-01-06 RES 2025-02-05 AC 2025-02-15 COMPLETED");
    j.episode(ana, "2025-02-15 IOP 2025-04-02 COMPLETED");

    RetentionReport gap14 = r90(AS_OF, 14);
    assertCounts(1, 1, 0, gap14.getTotal());
    assertEquals(1, gap14.getCohorts().size());
    assertEquals("2025-01", gap14.getCohorts().get(0).getCohort());
    assertEquals(LevelOfCare.WM, gap14.getByLevel().get(0).getLevelOfCare());

    RetentionReport gap7 = r90(AS_OF, 7);
    assertCounts(2, 0, 0, gap7.getTotal());
    assertEquals(
        List.of("2025-01", "2025-02"),
        gap7.getCohorts().stream().map(RetentionCohort::getCohort).toList());
    assertEquals(
        List.of(LevelOfCare.WM, LevelOfCare.IOP),
        gap7.getByLevel().stream().map(b -> b.getLevelOfCare()).toList());
  }

  @Test
  void aGapOfExactlyGapDaysIsSpannedAndOneMoreDayBreaksTheCourse() throws SQLException {
    UUID spanned = patient();
    j.episode(spanned, "2025-01-01 RES 2025-02-15 COMPLETED"); // 45 days
    j.episode(spanned, "2025-03-01 OP 2025-04-01 COMPLETED"); // gap 14 → one course of 90 days
    UUID broken = patient();
    j.episode(broken, "2025-01-01 RES 2025-02-15 COMPLETED");
    j.episode(broken, "2025-03-02 OP 2025-04-02 COMPLETED"); // gap 15 → two courses of 45 and 31

    RetentionReport report = r90(AS_OF, 14);
    assertCounts(3, 1, 0, report.getTotal());
  }

  @Test
  void aftercareIsNotCountedButItsTimeInsideACourseCounts() throws SQLException {
    UUID inGap = patient();
    // RES 60 days, then 12 days of aftercare, then OP 20 days: one course, 92 days.
    j.episode(inGap, "2025-01-01 RES 2025-03-02 AC 2025-03-14 OP 2025-04-03 COMPLETED");
    UUID tail = patient();
    // RES 60 days, then 60 days of aftercare only: the course ends where RES ended (60 days).
    j.episode(tail, "2025-01-01 RES 2025-03-02 AC 2025-05-01 COMPLETED");
    UUID aftercareOnly = patient();
    j.episode(aftercareOnly, "2025-01-01 AC 2025-06-01 COMPLETED"); // no counted stay, no course

    RetentionReport report = r90(AS_OF, 14);
    assertCounts(2, 1, 0, report.getTotal());
  }

  @Test
  void anOpenStayEndsAtAsOfAndStaysStartingAfterAsOfAreIgnored() throws SQLException {
    UUID open = patient();
    j.episode(open, "2025-09-02 RES"); // open: asOf − start = 120 days
    UUID exactly90 = patient();
    j.episode(exactly90, "2025-10-02 IOP"); // start = asOf − 90: observable, 90 days, retained
    UUID later = patient();
    j.episode(later, "2025-06-01 RES 2025-07-01 COMPLETED"); // 30 days...
    j.episode(later, "2026-01-05 OP"); // ...a stay after asOf does not join it

    RetentionReport report = r90(AS_OF, 14);
    assertCounts(3, 2, 0, report.getTotal());

    // As of an earlier day, the open stay is capped there and the course is too new to observe.
    RetentionReport earlier = r90(parse("2025-12-30"), 14);
    assertCounts(2, 1, 0, earlier.getTotal());
  }

  @Test
  void aClosedStayRunningPastAsOfIsCappedAtAsOf() throws SQLException {
    UUID p = patient();
    j.episode(p, "2025-01-01 RES 2025-03-01 OP 2025-09-01 COMPLETED");
    // As of 2025-04-01 the course runs 2025-01-01 → 2025-04-01: 90 days.
    RetentionReport report = r90(parse("2025-04-01"), 14);
    assertCounts(1, 1, 0, report.getTotal());
    // As of 2025-03-31 it is not observable yet (start > asOf − 90): no cohort at all.
    assertEquals(List.of(), r90(parse("2025-03-31"), 14).getCohorts());
  }

  @Test
  void coursesNotYetObservableAreNotListed() throws SQLException {
    j.episode(patient(), "2025-11-01 WM 2025-11-05 RES");
    RetentionReport report = r90(AS_OF, 14);
    assertEquals(List.of(), report.getCohorts());
    assertEquals(List.of(), report.getByLevel());
    assertCounts(0, 0, 0, report.getTotal());
    assertNull(report.getTotal().getRate());
  }

  @Test
  void deathOrIncarcerationBeforeDay90ExcludesTheCourseOtherReasonsDoNot() throws SQLException {
    j.episode(patient(), "2025-01-01 RES 2025-02-01 DEATH");
    j.episode(patient(), "2025-01-01 RES 2025-02-01 INCARCERATED");
    j.episode(patient(), "2025-01-01 RES 2025-02-01 LEFT_AGAINST_ADVICE");
    j.episode(patient(), "2025-01-01 RES 2025-05-01 DEATH"); // 120 days: retained, not excluded

    RetentionReport report = r90(AS_OF, 14);
    assertCounts(2, 1, 2, report.getTotal());
    assertEquals(0.5, report.getTotal().getRate());
  }

  @Test
  void theExclusionNeedsTheDischargeOnOrBeforeAsOf() throws SQLException {
    // RES 31 days, then aftercare until death on 2025-06-01: the episode holding the last counted
    // stay was discharged for DEATH — after 2025-05-01, on or before 2025-12-31.
    j.episode(patient(), "2025-01-01 RES 2025-02-01 AC 2025-06-01 DEATH");
    assertCounts(1, 0, 0, r90(parse("2025-05-01"), 14).getTotal());
    assertCounts(0, 0, 1, r90(AS_OF, 14).getTotal());
  }

  @Test
  void aShortCourseWhoseEpisodeIsStillOpenInAftercareIsEligibleNotRetained() throws SQLException {
    // The last counted stay ended, but the episode goes on in aftercare: no discharge to exclude.
    j.episode(patient(), "2025-01-01 RES 2025-02-01 AC");
    RetentionReport report = r90(AS_OF, 14);
    assertCounts(1, 0, 0, report.getTotal());
    assertCounts(1, 0, 0, report.getByLevel().get(0));
  }

  @Test
  void theExclusionLooksAtTheEpisodeOfTheLastCountedStay() throws SQLException {
    UUID p = patient();
    j.episode(p, "2025-01-01 RES 2025-01-20 DEATH"); // (entered this way by a data migration)
    j.episode(p, "2025-01-25 IOP 2025-02-20 COMPLETED"); // joins the course, which ends here
    assertCounts(1, 0, 0, r90(AS_OF, 14).getTotal());
  }

  @Test
  void aReadmissionWithinTheGapJoinsTheCourse() throws SQLException {
    UUID p = patient();
    j.episode(p, "2025-01-01 WM 2025-01-05 RES 2025-02-01 LEFT_AGAINST_ADVICE");
    j.episode(p, "2025-02-10 WM 2025-02-14 RES 2025-03-20 IOP 2025-04-15 COMPLETED");
    RetentionReport report = r90(AS_OF, 14);
    assertCounts(1, 1, 0, report.getTotal()); // 2025-01-01 → 2025-04-15: 104 days
    assertEquals(LevelOfCare.WM, report.getByLevel().get(0).getLevelOfCare());
  }

  @Test
  void cohortsByMonthOfStartLimitedByFromAndToAndRatesPerCohort() throws SQLException {
    j.episode(patient(), "2025-01-10 RES 2025-05-01 COMPLETED"); // Jan, retained
    j.episode(patient(), "2025-01-31 IOP 2025-03-01 COMPLETED"); // Jan, not retained
    j.episode(patient(), "2025-02-01 OP 2025-06-01 COMPLETED"); // Feb, retained
    j.episode(patient(), "2025-03-15 PHP 2025-04-01 DEATH"); // Mar, excluded only
    j.episode(patient(), "2024-12-31 RES 2025-01-10 COMPLETED"); // Dec 2024

    RetentionReport all = r90(AS_OF, 14);
    assertEquals(
        List.of("2024-12", "2025-01", "2025-02", "2025-03"),
        all.getCohorts().stream().map(RetentionCohort::getCohort).toList());
    RetentionCohort january = all.getCohorts().get(1);
    assertCounts(2, 1, 0, january);
    assertEquals(0.5, january.getRate());
    RetentionCohort march = all.getCohorts().get(3);
    assertCounts(0, 0, 1, march);
    assertNull(march.getRate(), "no eligible course: the rate is null, not 0");
    assertCounts(4, 2, 1, all.getTotal());

    RetentionReport limited = r90(AS_OF, parse("2025-01-01"), parse("2025-02-01"), 14);
    assertEquals(
        List.of("2025-01", "2025-02"),
        limited.getCohorts().stream().map(RetentionCohort::getCohort).toList());
    assertCounts(3, 2, 0, limited.getTotal());
    assertEquals(
        List.of(LevelOfCare.RES, LevelOfCare.IOP, LevelOfCare.OP),
        limited.getByLevel().stream().map(b -> b.getLevelOfCare()).toList());
  }

  @Test
  void theSiteIsThePatientsHomeSiteAndNoSiteMeansAll() throws SQLException {
    String other = j.site("R90-OTHER-" + SITES.incrementAndGet());
    RetentionReport allBefore =
        RetentionMeasure.compute(
            j.connection(), new RetentionParameters(AS_OF, null, null, 14, null));
    j.episode(patient(), "2025-01-01 RES 2025-05-01 COMPLETED");
    j.episode(j.patient("ALCOHOL", other), "2025-01-01 RES 2025-02-01 COMPLETED");

    assertCounts(1, 1, 0, r90(AS_OF, 14).getTotal());
    RetentionReport all =
        RetentionMeasure.compute(
            j.connection(), new RetentionParameters(AS_OF, null, null, 14, null));
    assertEquals(allBefore.getTotal().getEligible() + 2, all.getTotal().getEligible());
    assertEquals(allBefore.getTotal().getRetained() + 1, all.getTotal().getRetained());
  }
}
