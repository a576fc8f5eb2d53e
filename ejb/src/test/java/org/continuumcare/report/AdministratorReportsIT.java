package org.continuumcare.report;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.continuumcare.report.activity.ActivityMeasure;
import org.continuumcare.report.activity.ActivityReport;
import org.continuumcare.report.census.CensusMeasure;
import org.continuumcare.report.census.CensusReport;
import org.continuumcare.report.stepdown.StepDownMeasure;
import org.continuumcare.report.stepdown.StepDownReport;
import org.continuumcare.report.stepdown.StepDownRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Census and length of stay, admissions/transfers/discharges by reason, and step-down continuity
 * (DESIGN.md §4.3) on hand-built journeys against PostgreSQL; each test on its own home site.
 */
class AdministratorReportsIT {
  private static final AtomicInteger SITES = new AtomicInteger();

  private Journeys j;
  private String site;

  @BeforeEach
  void open() throws SQLException {
    j = Journeys.open();
    site = j.site("ADM-" + ProcessHandle.current().pid() % 1000 + "-" + SITES.incrementAndGet());
  }

  @AfterEach
  void rollBack() throws SQLException {
    j.close();
  }

  private ReportPeriod period(String asOf, String from, String to) {
    return new ReportPeriod(
        parse(asOf), from == null ? null : parse(from), to == null ? null : parse(to), site);
  }

  private UUID patient() throws SQLException {
    return j.patient("HEROIN", site);
  }

  @Test
  void censusCountsStaysOpenOnAsOfAndLengthOfStayTheStaysEndedInThePeriod() throws SQLException {
    j.episode(patient(), "2025-03-01 WM 2025-03-05 RES"); // RES since 03-05
    j.episode(patient(), "2025-03-01 RES 2025-03-31 IOP 2025-05-01 COMPLETED");
    j.episode(patient(), "2025-02-01 RES 2025-02-11 COMPLETED");

    CensusReport onMarch20 =
        CensusMeasure.compute(j.connection(), period("2025-03-20", null, null));
    assertEquals(
        List.of("RES " + site + " 2"),
        onMarch20.getCensus().stream()
            .map(c -> c.getLevelOfCare() + " " + c.getSiteCode() + " " + c.getPatients())
            .toList());
    // Stays ended in the year up to 2025-03-20: WM 4 days, RES 10 days (RES 30 days ends 03-31).
    assertEquals(
        List.of("WM 1 4.0 4.0", "RES 1 10.0 10.0"),
        onMarch20.getLengthOfStay().stream()
            .map(
                l ->
                    l.getLevelOfCare()
                        + " "
                        + l.getStays()
                        + " "
                        + l.getMedianDays()
                        + " "
                        + l.getMeanDays())
            .toList());

    CensusReport april =
        CensusMeasure.compute(j.connection(), period("2025-05-31", "2025-01-01", "2025-05-31"));
    assertEquals(1, april.getTotal());
    assertEquals(
        List.of("WM 1 4.0 4.0", "RES 2 20.0 20.0", "IOP 1 31.0 31.0"),
        april.getLengthOfStay().stream()
            .map(
                l ->
                    l.getLevelOfCare()
                        + " "
                        + l.getStays()
                        + " "
                        + l.getMedianDays()
                        + " "
                        + l.getMeanDays())
            .toList());
  }

  @Test
  void admissionsTransfersAndDischargesAreCountedPerMonthByReason() throws SQLException {
    UUID p = patient();
    j.episode(p, "2025-01-10 WM 2025-01-15 RES 2025-02-20 IOP 2025-03-10 LEFT_AGAINST_ADVICE");
    j.episode(patient(), "2025-02-03 RES 2025-02-28 COMPLETED");
    j.connection()
        .createStatement()
        .executeUpdate(
            "update stay set entry_reason = 'STEP_DOWN' where seq > 0 and patient_id = '"
                + p
                + "'");

    ActivityReport report =
        ActivityMeasure.compute(j.connection(), period("2025-12-31", "2025-01-01", "2025-12-31"));
    assertEquals(
        List.of(
            "2025-01 ADMISSION SELF 1",
            "2025-01 TRANSFER STEP_DOWN 1",
            "2025-02 ADMISSION SELF 1",
            "2025-02 DISCHARGE COMPLETED 1",
            "2025-02 TRANSFER STEP_DOWN 1",
            "2025-03 DISCHARGE LEFT_AGAINST_ADVICE 1"),
        report.getRows().stream()
            .map(r -> r.getMonth() + " " + r.getKind() + " " + r.getReason() + " " + r.getCount())
            .toList());
    assertEquals(
        List.of(),
        ActivityMeasure.compute(j.connection(), period("2025-12-31", "2025-04-01", null))
            .getRows());
  }

  @Test
  void stepDownCountsLessIntensiveCountedStaysWithinSevenAndFourteenDays() throws SQLException {
    // WM → RES directly (0 days) and RES → IOP directly: both continue within 7.
    j.episode(patient(), "2025-03-01 WM 2025-03-05 RES 2025-04-01 IOP 2025-05-01 COMPLETED");
    // RES discharged, new episode at OP 10 days later: within 14, not within 7.
    UUID late = patient();
    j.episode(late, "2025-03-01 RES 2025-04-01 COMPLETED");
    j.episode(late, "2025-04-11 OP 2025-06-01 COMPLETED");
    // RES discharged into aftercare only: not continued (AC is not counted).
    j.episode(patient(), "2025-03-01 RES 2025-04-01 AC 2025-05-01 COMPLETED");
    // WM followed by WM again at the same intensity: not a step down.
    UUID again = patient();
    j.episode(again, "2025-03-01 WM 2025-03-04 COMPLETED");
    j.episode(again, "2025-03-06 WM 2025-03-09 LEFT_AGAINST_ADVICE");

    StepDownReport report =
        StepDownMeasure.compute(j.connection(), period("2025-12-31", "2025-01-01", null));
    assertEquals(
        List.of("WM 3 1 1", "RES 3 1 2"),
        report.getByLevel().stream().map(AdministratorReportsIT::line).toList());
    assertEquals("null 6 2 3", line(report.getTotal()));
    assertEquals(0.5, report.getTotal().getRate14());
  }

  @Test
  void stepDownOnlyCountsStaysThatHadTheirFourteenDays() throws SQLException {
    j.episode(patient(), "2025-12-01 RES 2025-12-20 COMPLETED"); // ended asOf − 11
    StepDownReport report =
        StepDownMeasure.compute(j.connection(), period("2025-12-31", null, null));
    assertEquals(LocalDate.parse("2025-12-17"), report.getTo());
    assertEquals(0, report.getTotal().getEnded());
    assertNull(report.getTotal().getRate7());
    StepDownReport later =
        StepDownMeasure.compute(j.connection(), period("2026-01-03", null, null));
    assertEquals(1, later.getTotal().getEnded());
  }

  private static String line(StepDownRow r) {
    return r.getLevelOfCare() + " " + r.getEnded() + " " + r.getWithin7() + " " + r.getWithin14();
  }
}
