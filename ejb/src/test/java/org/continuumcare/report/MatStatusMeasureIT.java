package org.continuumcare.report;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.continuumcare.report.matstatus.MatStatusMeasure;
import org.continuumcare.report.matstatus.MatStatusReport;
import org.continuumcare.report.matstatus.MatStatusRow;
import org.continuumcare.report.matstatus.Ratio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * MAT status (DESIGN.md §4.2) on hand-built journeys, computed by the production query against a
 * real PostgreSQL. Each test filters on its own home site.
 */
class MatStatusMeasureIT {
  private static final AtomicInteger SITES = new AtomicInteger();
  private static final LocalDate AS_OF = parse("2025-12-31");

  private Journeys j;
  private String site;

  @BeforeEach
  void open() throws SQLException {
    j = Journeys.open();
    site = j.site("MAT-" + ProcessHandle.current().pid() % 1000 + "-" + SITES.incrementAndGet());
  }

  @AfterEach
  void rollBack() throws SQLException {
    j.close();
  }

  private MatStatusReport mat(LocalDate asOf) throws SQLException {
    return mat(asOf, null, null);
  }

  private MatStatusReport mat(LocalDate asOf, LocalDate from, LocalDate to) throws SQLException {
    return MatStatusMeasure.compute(j.connection(), new ReportPeriod(asOf, from, to, site));
  }

  /** The snapshot as "LEVEL STATUS [MEDICATION PHASE] patients" lines, in report order. */
  private static List<String> rows(MatStatusReport report) {
    return report.getByLevel().stream().map(MatStatusMeasureIT::line).toList();
  }

  private static String line(MatStatusRow r) {
    return (r.getLevelOfCare()
            + " "
            + r.getStatus()
            + (r.getMedication() == null ? "" : " " + r.getMedication() + " " + r.getPhase())
            + " "
            + r.getPatients())
        .trim();
  }

  private UUID inCare(String substance, String chain) throws SQLException {
    UUID p = j.patient(substance, site);
    j.episode(p, chain);
    return p;
  }

  private static void assertRatio(long denominator, long numerator, Ratio ratio) {
    assertEquals(
        List.of(denominator, numerator), List.of(ratio.getDenominator(), ratio.getNumerator()));
  }

  @Test
  void thePopulationIsWhoHasAnEpisodeOpenAtAsOfAtTheLevelOfTheStayOpenThen() throws SQLException {
    inCare("HEROIN", "2025-12-01 WM 2025-12-31 RES"); // transition on asOf: the new stay counts
    inCare("HEROIN", "2025-11-01 IOP 2025-12-31 COMPLETED"); // discharged on asOf: out
    inCare("HEROIN", "2026-01-01 RES"); // admitted after asOf: out
    inCare("ALCOHOL", "2025-10-01 OP 2026-01-15 COMPLETED"); // discharged after asOf: in, at OP

    assertEquals(List.of("RES NONE 1", "OP NONE 1"), rows(mat(AS_OF)));
    assertEquals(List.of("WM NONE 1", "IOP NONE 1", "OP NONE 1"), rows(mat(parse("2025-12-30"))));
  }

  @Test
  void activeOrdersGiveMedicationAndThePhaseEffectiveOnAsOf() throws SQLException {
    UUID bup = inCare("FENTANYL", "2025-11-01 RES");
    j.matOrder(
        bup,
        "BUPRENORPHINE",
        "2025-11-02 INDUCTION 2025-11-10 STABILIZATION 2026-01-10 MAINTENANCE",
        parse("2025-11-02"),
        null);
    UUID methadone = inCare("HEROIN", "2025-06-01 IOP");
    j.matOrder(
        methadone, "METHADONE", "2025-06-01 INDUCTION", parse("2025-06-01"), parse("2026-02-01"));

    assertEquals(
        List.of("RES ACTIVE BUPRENORPHINE STABILIZATION 1", "IOP ACTIVE METHADONE INDUCTION 1"),
        rows(mat(AS_OF)));
    assertEquals(
        List.of("RES ACTIVE BUPRENORPHINE INDUCTION 1", "IOP ACTIVE METHADONE INDUCTION 1"),
        rows(mat(parse("2025-11-09"))));
  }

  @Test
  void anOrderEndingOnAsOfIsNoLongerActiveButDiscontinuedForThirtyDays() throws SQLException {
    UUID p = inCare("HEROIN", "2025-01-01 OP");
    j.matOrder(
        p, "NALTREXONE_XR", "2025-01-02 MAINTENANCE", parse("2025-01-02"), parse("2025-12-01"));

    assertEquals(List.of("OP ACTIVE NALTREXONE_XR MAINTENANCE 1"), rows(mat(parse("2025-11-30"))));
    assertEquals(List.of("OP DISCONTINUED 1"), rows(mat(parse("2025-12-01")))); // endedOn = asOf
    assertEquals(List.of("OP DISCONTINUED 1"), rows(mat(parse("2025-12-30")))); // asOf − 29
    assertEquals(List.of("OP NONE 1"), rows(mat(parse("2025-12-31")))); // asOf − 30: not within
  }

  @Test
  void declinedCountsWhenDecidedWithinTheOpenEpisodeOnOrBeforeAsOf() throws SQLException {
    UUID within = inCare("HEROIN", "2025-10-01 RES");
    j.matDeclined(within, parse("2025-10-02"));
    UUID before = j.patient("HEROIN", site);
    j.episode(before, "2025-01-01 RES 2025-02-01 COMPLETED");
    j.matDeclined(before, parse("2025-01-15")); // in the earlier episode
    j.episode(before, "2025-10-01 RES");
    UUID after = inCare("HEROIN", "2025-10-01 RES");
    j.matDeclined(after, parse("2026-01-02"));
    UUID declinedThenStopped = inCare("HEROIN", "2025-10-01 RES");
    j.matDeclined(declinedThenStopped, parse("2025-10-01"));
    j.matOrder(
        declinedThenStopped,
        "BUPRENORPHINE",
        "2025-11-01 INDUCTION",
        parse("2025-11-01"),
        parse("2025-12-20"));

    assertEquals(List.of("RES DISCONTINUED 1", "RES DECLINED 1", "RES NONE 2"), rows(mat(AS_OF)));
  }

  @Test
  void oudPatientsOnMatAreAmongThoseInCare() throws SQLException {
    UUID onBup = inCare("HEROIN", "2025-10-01 RES");
    j.matOrder(onBup, "BUPRENORPHINE_XR", "2025-10-01 MAINTENANCE", parse("2025-10-01"), null);
    inCare("OTHER_OPIOID", "2025-10-01 RES");
    inCare("METHADONE_NON_RX", "2025-10-01 IOP");
    UUID alcoholOnNaltrexone = inCare("ALCOHOL", "2025-10-01 RES");
    j.matOrder(
        alcoholOnNaltrexone, "NALTREXONE", "2025-10-01 MAINTENANCE", parse("2025-10-01"), null);
    UUID discharged = j.patient("FENTANYL", site);
    j.episode(discharged, "2025-01-01 RES 2025-03-01 COMPLETED");

    MatStatusReport report = mat(AS_OF);
    assertRatio(3, 1, report.getOud());
    assertEquals(1.0 / 3, report.getOud().getRate());
  }

  @Test
  void continuityChainsOrdersWithGapsOfAtMostSevenDays() throws SQLException {
    UUID joined = j.patient("HEROIN", site); // 100 + gap 7 + 90 days: one course of 197 days
    j.matOrder(
        joined, "METHADONE", "2025-01-01 INDUCTION", parse("2025-01-01"), parse("2025-04-11"));
    j.matOrder(
        joined, "BUPRENORPHINE", "2025-04-18 INDUCTION", parse("2025-04-18"), parse("2025-07-17"));
    UUID broken = j.patient("HEROIN", site); // gap 8: courses of 100 and 90 days
    j.matOrder(
        broken, "METHADONE", "2025-01-01 INDUCTION", parse("2025-01-01"), parse("2025-04-11"));
    j.matOrder(
        broken, "BUPRENORPHINE", "2025-04-19 INDUCTION", parse("2025-04-19"), parse("2025-07-18"));

    MatStatusReport report = mat(AS_OF);
    // asOf − 180 = 2025-07-04: all three courses start before it; only joined's lasts 180 days.
    assertRatio(3, 1, report.getContinuity180());
    assertEquals(1.0 / 3, report.getContinuity180().getRate());
  }

  @Test
  void continuityCapsAtAsOfIgnoresLaterOrdersAndCountsOnlyOudPatients() throws SQLException {
    UUID open = j.patient("FENTANYL", site); // open order from asOf − 180: exactly 180 days
    j.matOrder(open, "BUPRENORPHINE", "2025-07-04 INDUCTION", parse("2025-07-04"), null);
    UUID runsPastAsOf = j.patient("HEROIN", site); // ends after asOf: capped there, 213 days
    j.matOrder(
        runsPastAsOf,
        "METHADONE",
        "2025-06-01 INDUCTION",
        parse("2025-06-01"),
        parse("2026-03-01"));
    UUID tooRecent = j.patient("HEROIN", site); // starts after asOf − 180: not a start
    j.matOrder(tooRecent, "METHADONE", "2025-07-06 INDUCTION", parse("2025-07-06"), null);
    UUID later = j.patient("HEROIN", site); // 170 days, then an order after asOf that cannot join
    j.matOrder(
        later, "METHADONE", "2025-01-01 INDUCTION", parse("2025-01-01"), parse("2025-06-20"));
    j.matOrder(later, "METHADONE", "2026-01-02 INDUCTION", parse("2026-01-02"), null);
    UUID alcohol = j.patient("ALCOHOL", site); // not OUD
    j.matOrder(alcohol, "NALTREXONE", "2025-01-01 MAINTENANCE", parse("2025-01-01"), null);

    assertRatio(3, 2, mat(AS_OF).getContinuity180());
    // from/to limit the starts only: courses starting in 2025-07 → just "open".
    assertRatio(1, 1, mat(AS_OF, parse("2025-07-01"), parse("2025-07-31")).getContinuity180());
    assertRatio(0, 0, mat(AS_OF, parse("2025-08-01"), null).getContinuity180());
    assertNull(mat(AS_OF, parse("2025-08-01"), null).getContinuity180().getRate());
  }
}
