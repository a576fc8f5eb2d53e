package org.continuumcare.report.stepdown;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.report.NamedSql;
import org.continuumcare.report.ReportCut;
import org.continuumcare.report.ReportPeriod;

/**
 * Step-down continuity, DESIGN.md §4.3, in one query: every WM/RES stay that ended (by transition
 * or discharge) in [from, to]; the days from its end to the start of the first stay of the same
 * patient, in the same or a new episode, at a counted level less intensive than it (a direct
 * transition: 0 days). Counted within 7 and within 14 days.
 *
 * <p>The period ends at asOf − 14 at the latest (default: the year up to asOf − 14), so that every
 * stay counted has had its full 14 days to be followed; a later {@code to} is cut back.
 */
public final class StepDownMeasure {

  /** The longest window measured: stays that ended later than asOf minus this are not counted. */
  public static final int WINDOW_DAYS = 14;

  static final NamedSql SQL =
      NamedSql.of(
          """
          with ended as (
            select s.patient_id, s.level_of_care, s.end_on
            from stay s
            join patient p on p.id = s.patient_id
            join site ps on ps.id = p.site_id
            where s.level_of_care in (%1$s) and s.end_on between {from}::date and {to}::date
              and ({siteCode}::varchar is null or ps.code = {siteCode}::varchar)
          ), followed as (
            select e.level_of_care,
                   (select min(n.start_on - e.end_on) from stay n
                    where n.patient_id = e.patient_id
                      and n.start_on >= e.end_on and n.start_on <= e.end_on + %3$d
                      and n.level_of_care in (%2$s)
                      and array_position(%4$s, n.level_of_care)
                          > array_position(%4$s, e.level_of_care)) as days
            from ended e
          )
          select grouping(level_of_care) as all_levels, level_of_care, count(*) as ended,
                 count(*) filter (where days <= 7) as within7,
                 count(*) filter (where days <= 14) as within14
          from followed
          group by grouping sets ((level_of_care), ())
          """
              .formatted(
                  LevelOfCare.inSql(LevelOfCare::isTwentyFourHour),
                  LevelOfCare.countedInSql(),
                  WINDOW_DAYS,
                  LevelOfCare.intensityOrderInSql()));

  private StepDownMeasure() {}

  public static StepDownReport compute(Connection connection, ReportPeriod p) throws SQLException {
    LocalDate latest = p.getAsOf().minusDays(WINDOW_DAYS);
    LocalDate to = p.getTo() == null || p.getTo().isAfter(latest) ? latest : p.getTo();
    LocalDate from = p.fromOrYearBefore(to);
    List<StepDownRow> byLevel = new ArrayList<>();
    StepDownRow total = new StepDownRow(null, 0, 0, 0);
    try (PreparedStatement query = SQL.prepare(connection, p.values(from, to))) {
      try (ResultSet r = query.executeQuery()) {
        while (r.next()) {
          StepDownRow row =
              new StepDownRow(
                  r.getInt("all_levels") == 1
                      ? null
                      : LevelOfCare.valueOf(r.getString("level_of_care")),
                  r.getLong("ended"),
                  r.getLong("within7"),
                  r.getLong("within14"));
          if (row.getLevelOfCare() == null) {
            total = row;
          } else {
            byLevel.add(row);
          }
        }
      }
    }
    byLevel.sort(java.util.Comparator.comparing(StepDownRow::getLevelOfCare));
    return new StepDownReport(p, from, to, byLevel, total, new ReportCut(Instant.now()));
  }
}
