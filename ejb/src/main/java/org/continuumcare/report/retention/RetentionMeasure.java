package org.continuumcare.report.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.report.NamedSql;
import org.continuumcare.report.ReportCut;

/**
 * 90-day retention, DESIGN.md §4.1, as one set-based query. The one implementation: the API, the
 * screen, the PDF and the monthly pack all call {@link #compute}.
 *
 * <ol>
 *   <li>{@code counted}: stays at counted levels (all but AC) starting on or before asOf, their end
 *       capped at asOf (an open stay ends at asOf); only patients of the home site when given.
 *   <li>{@code chained}: ordered by start, a stay opens a new course unless {@code start − (latest
 *       counted end so far) ≤ gapDays}; a running sum of those openings numbers the courses.
 *   <li>{@code courses}: start = first start, end = latest counted end, days = end − start (gaps
 *       inside count); the level of the first stay; the episode holding the last counted stay.
 *   <li>{@code classified}: observable ⇔ start ≤ asOf − 90; excluded ⇔ days &lt; 90 and that
 *       episode was discharged on or before asOf for DEATH or INCARCERATED; retained ⇔ days ≥ 90.
 *   <li>One pass of grouping sets gives the cohorts (month of start, within from/to), the levels of
 *       care at course start and the total; a cohort is listed when it has an observable course.
 * </ol>
 */
public final class RetentionMeasure {

  static final NamedSql SQL =
      NamedSql.of(
          """
          with counted as (
            select s.patient_id, s.episode_id, s.level_of_care, s.start_on,
                   least(coalesce(s.end_on, {asOf}::date), {asOf}::date) as end_on
            from stay s
            where s.level_of_care in (%s) and s.start_on <= {asOf}::date
              and ({siteCode}::varchar is null or s.patient_id in (
                    select p.id from patient p join site ps on ps.id = p.site_id
                    where ps.code = {siteCode}::varchar))
          ), chained as (
            select c.*,
                   case when c.start_on - max(c.end_on) over (
                          partition by c.patient_id order by c.start_on, c.end_on
                          rows between unbounded preceding and 1 preceding) <= {gapDays}::int
                        then 0 else 1 end as opens_course
            from counted c
          ), numbered as (
            select ch.*,
                   sum(ch.opens_course) over (
                     partition by ch.patient_id order by ch.start_on, ch.end_on
                     rows unbounded preceding) as course_no
            from chained ch
          ), courses as (
            select n.patient_id, min(n.start_on) as start_on, max(n.end_on) as end_on,
                   (array_agg(n.level_of_care order by n.start_on, n.end_on))[1] as first_level,
                   (array_agg(n.episode_id order by n.start_on desc, n.end_on desc))[1]
                     as last_episode
            from numbered n
            group by n.patient_id, n.course_no
          ), classified as (
            select to_char(c.start_on, 'YYYY-MM') as cohort, c.first_level,
                   (c.end_on - c.start_on) >= 90 as retained,
                   (c.end_on - c.start_on) < 90 and e.discharged_on is not null
                     and e.discharged_on <= {asOf}::date
                     and e.discharge_reason in ('DEATH', 'INCARCERATED') as excluded
            from courses c
            join episode e on e.id = c.last_episode
            where c.start_on <= {asOf}::date - 90
              and ({from}::date is null or c.start_on >= {from}::date)
              and ({to}::date is null or c.start_on <= {to}::date)
          )
          select grouping(cohort) as no_cohort, grouping(first_level) as no_level, cohort,
                 first_level,
                 count(*) filter (where not excluded) as eligible,
                 count(*) filter (where retained and not excluded) as retained,
                 count(*) filter (where excluded) as excluded
          from classified
          group by grouping sets ((cohort), (first_level), ())
          """
              .formatted(LevelOfCare.countedInSql()));

  private RetentionMeasure() {}

  /** Computes the report in one query on the given connection (read-only use). */
  public static RetentionReport compute(Connection connection, RetentionParameters p)
      throws SQLException {
    List<RetentionCohort> cohorts = new ArrayList<>();
    List<RetentionByLevel> byLevel = new ArrayList<>();
    RetentionCounts total = new RetentionCounts(0, 0, 0);
    try (PreparedStatement query = SQL.prepare(connection, values(p))) {
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          long eligible = rows.getLong("eligible");
          long retained = rows.getLong("retained");
          long excluded = rows.getLong("excluded");
          if (rows.getInt("no_cohort") == 0) {
            cohorts.add(
                new RetentionCohort(rows.getString("cohort"), eligible, retained, excluded));
          } else if (rows.getInt("no_level") == 0) {
            byLevel.add(
                new RetentionByLevel(
                    LevelOfCare.valueOf(rows.getString("first_level")),
                    eligible,
                    retained,
                    excluded));
          } else {
            total = new RetentionCounts(eligible, retained, excluded);
          }
        }
      }
    }
    cohorts.sort((a, b) -> a.getCohort().compareTo(b.getCohort()));
    byLevel.sort((a, b) -> a.getLevelOfCare().compareTo(b.getLevelOfCare()));
    return new RetentionReport(p, cohorts, byLevel, total, new ReportCut(Instant.now()));
  }

  private static Map<String, Object> values(RetentionParameters p) {
    Map<String, Object> values = new HashMap<>();
    values.put("asOf", p.getAsOf());
    values.put("from", p.getFrom());
    values.put("to", p.getTo());
    values.put("gapDays", p.getGapDays());
    values.put("siteCode", p.getSiteCode());
    return values;
  }
}
