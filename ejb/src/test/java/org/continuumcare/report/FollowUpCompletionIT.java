package org.continuumcare.report;

import static java.time.LocalDate.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.continuumcare.report.followup.FollowUpMeasure;
import org.continuumcare.report.followup.FollowUpReport;
import org.continuumcare.report.followup.FollowUpRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Aftercare follow-up completion (DESIGN.md §4.3) on hand-built journeys against PostgreSQL. */
class FollowUpCompletionIT {
  private static final AtomicInteger SITES = new AtomicInteger();

  private Journeys j;
  private String site;

  @BeforeEach
  void open() throws SQLException {
    j = Journeys.open();
    site = j.site("FUP-" + ProcessHandle.current().pid() % 1000 + "-" + SITES.incrementAndGet());
  }

  @AfterEach
  void rollBack() throws SQLException {
    j.close();
  }

  private FollowUpReport report(String asOf, String from, String to) throws SQLException {
    return FollowUpMeasure.compute(
        j.connection(),
        new ReportPeriod(
            parse(asOf), from == null ? null : parse(from), to == null ? null : parse(to), site));
  }

  private UUID discharged(String chain) throws SQLException {
    return j.episode(j.patient("HEROIN", site), chain);
  }

  @Test
  void countsContactsDueInThePeriodReachedWithinTheWindowByDischargeLevel() throws SQLException {
    // Discharged from RES on 03-01: 30-day contact due 03-31.
    UUID reachedOnTime = discharged("2025-01-01 RES 2025-03-01 COMPLETED");
    j.followUp(reachedOnTime, 30, "2025-04-10 REACHED_ABSTINENT"); // due + 10: within 14
    UUID reachedLate = discharged("2025-01-01 RES 2025-03-01 COMPLETED");
    j.followUp(reachedLate, 30, "2025-04-20 REACHED_USING"); // due + 20: too late
    UUID notReached = discharged("2025-01-01 RES 2025-03-01 COMPLETED");
    j.followUp(notReached, 30, "2025-04-01 NOT_REACHED"); // attempted only
    // Stepped down to IOP, discharged from IOP: its level is IOP; reached early (counts).
    UUID iop = discharged("2025-01-01 RES 2025-02-01 IOP 2025-03-01 COMPLETED");
    j.followUp(iop, 30, "2025-03-25 REACHED_IN_TREATMENT");
    j.followUp(iop, 90, null); // due 05-30: outside the period
    // Died: excluded from the denominator.
    UUID died = discharged("2025-01-01 WM 2025-01-05 RES 2025-03-01 DEATH");
    j.followUp(died, 30, null);
    UUID open = discharged("2025-01-01 OP 2025-03-01 COMPLETED");
    j.followUp(open, 30, null); // never contacted

    FollowUpReport r = report("2025-12-31", "2025-03-01", "2025-04-30");
    assertEquals(
        List.of("RES 3 1 2 1", "IOP 1 1 1 0", "OP 1 0 0 0"),
        r.getByLevel().stream().map(FollowUpCompletionIT::line).toList());
    assertEquals(
        List.of("30 5 2 3 1"), r.getByContact().stream().map(FollowUpCompletionIT::days).toList());
    assertEquals("null 5 2 3 1", line(r.getTotal()));
    assertEquals(0.4, r.getTotal().getRate());
  }

  @Test
  void onlyCountsContactsThatHadTheirWholeWindow() throws SQLException {
    UUID e = discharged("2025-10-01 RES 2025-11-20 COMPLETED");
    j.followUp(e, 30, null); // due 12-20
    FollowUpReport early = report("2025-12-31", null, null);
    assertEquals(parse("2025-12-17"), early.getTo());
    assertEquals(0, early.getTotal().getDue());
    assertNull(early.getTotal().getRate());
    assertEquals(1, report("2026-01-05", null, null).getTotal().getDue());
  }

  private static String line(FollowUpRow r) {
    return r.getLevelOfCare()
        + " "
        + r.getDue()
        + " "
        + r.getReached()
        + " "
        + r.getAttempted()
        + " "
        + r.getExcluded();
  }

  private static String days(FollowUpRow r) {
    return r.getDaysAfterDischarge()
        + " "
        + r.getDue()
        + " "
        + r.getReached()
        + " "
        + r.getAttempted()
        + " "
        + r.getExcluded();
  }
}
