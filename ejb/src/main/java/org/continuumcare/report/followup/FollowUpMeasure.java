package org.continuumcare.report.followup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.continuumcare.aftercare.FollowUpOutcome;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.report.NamedSql;
import org.continuumcare.report.ReportCut;
import org.continuumcare.report.ReportPeriod;

/**
 * Aftercare follow-up completion, DESIGN.md §4.3 (which names the measure; this is its definition),
 * in one query:
 *
 * <ul>
 *   <li><b>Population</b>: the follow-up contacts (30, 90, 180 days after discharge) whose due date
 *       lies in [from, to], of patients of the site when one is given.
 *   <li><b>Excluded</b>: contacts of an episode discharged for {@code DEATH}, or recorded {@code
 *       DECEASED} within the window — nobody can reach them. The rest are <b>due</b> (denominator).
 *   <li><b>Reached</b> (completed): the outcome is a {@code REACHED_*} one and the contact was made
 *       on or before due date + {@value #WINDOW_DAYS} days (early contacts count).
 *       <b>Attempted</b>: any outcome recorded within the same window (reached or not).
 *   <li><b>Rate</b> = reached / due (null when nothing is due).
 *   <li>By <b>discharge level</b>: the level of the episode's last stay (the one the discharge
 *       closed); and by contact point (30 / 90 / 180 days).
 * </ul>
 *
 * The period ends at asOf − {@value #WINDOW_DAYS} at the latest (default: the year up to it), so
 * every contact counted has had its full window.
 */
public final class FollowUpMeasure {

  /** Days after the due date within which a contact still counts as completed. */
  public static final int WINDOW_DAYS = 14;

  static final NamedSql SQL =
      NamedSql.of(
          """
          with due as (
            select f.days_after_discharge,
                   (select s.level_of_care from stay s where s.episode_id = e.id
                    order by s.seq desc limit 1) as level_of_care,
                   coalesce(e.discharge_reason = 'DEATH'
                     or (f.outcome = 'DECEASED' and f.contacted_on <= f.due_on + %1$d), false)
                     as excluded,
                   coalesce(f.outcome in (%2$s) and f.contacted_on <= f.due_on + %1$d, false)
                     as reached,
                   coalesce(f.contacted_on <= f.due_on + %1$d, false) as attempted
            from follow_up f
            join episode e on e.id = f.episode_id
            join patient p on p.id = f.patient_id
            join site ps on ps.id = p.site_id
            where f.due_on between {from}::date and {to}::date
              and ({siteCode}::varchar is null or ps.code = {siteCode}::varchar)
          )
          select grouping(level_of_care) as all_levels, grouping(days_after_discharge) as all_days,
                 level_of_care, days_after_discharge,
                 count(*) filter (where not excluded) as due,
                 count(*) filter (where not excluded and reached) as reached,
                 count(*) filter (where not excluded and attempted) as attempted,
                 count(*) filter (where excluded) as excluded
          from due
          group by grouping sets ((level_of_care), (days_after_discharge), ())
          """
              .formatted(WINDOW_DAYS, FollowUpOutcome.reachedInSql()));

  private FollowUpMeasure() {}

  public static FollowUpReport compute(Connection connection, ReportPeriod p) throws SQLException {
    LocalDate latest = p.getAsOf().minusDays(WINDOW_DAYS);
    LocalDate to = p.getTo() == null || p.getTo().isAfter(latest) ? latest : p.getTo();
    LocalDate from = p.fromOrYearBefore(to);
    List<FollowUpRow> byLevel = new ArrayList<>();
    List<FollowUpRow> byContact = new ArrayList<>();
    FollowUpRow total = new FollowUpRow(null, null, 0, 0, 0, 0);
    try (PreparedStatement query = SQL.prepare(connection, p.values(from, to))) {
      try (ResultSet r = query.executeQuery()) {
        while (r.next()) {
          boolean allLevels = r.getInt("all_levels") == 1;
          boolean allDays = r.getInt("all_days") == 1;
          FollowUpRow row =
              new FollowUpRow(
                  allLevels ? null : LevelOfCare.valueOf(r.getString("level_of_care")),
                  allDays ? null : r.getInt("days_after_discharge"),
                  r.getLong("due"),
                  r.getLong("reached"),
                  r.getLong("attempted"),
                  r.getLong("excluded"));
          if (allLevels && allDays) {
            total = row;
          } else if (allDays) {
            byLevel.add(row);
          } else {
            byContact.add(row);
          }
        }
      }
    }
    byLevel.sort(Comparator.comparing(FollowUpRow::getLevelOfCare));
    byContact.sort(Comparator.comparing(FollowUpRow::getDaysAfterDischarge));
    return new FollowUpReport(p, from, to, byLevel, byContact, total, new ReportCut(Instant.now()));
  }
}
