package org.continuumcare.report.matstatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.mat.Medication;
import org.continuumcare.mat.Phase;
import org.continuumcare.patient.Substance;
import org.continuumcare.report.NamedSql;
import org.continuumcare.report.ReportCut;
import org.continuumcare.report.ReportPeriod;

/**
 * MAT status, DESIGN.md §4.2, as one set-based query. The one implementation behind the API, the
 * screen, the PDF and the monthly pack.
 *
 * <ul>
 *   <li>{@code in_care}: patients with an episode open at asOf (admitted on or before, not
 *       discharged on or before) and the level of the stay open at asOf ({@code start ≤ asOf <
 *       end}: on a transition day, the new stay).
 *   <li>{@code snapshot}: ACTIVE with medication and the latest phase effective on or before asOf
 *       when an order is active ({@code startedOn ≤ asOf < endedOn}); else DISCONTINUED when an
 *       order ended in {@code (asOf − 30, asOf]}; else DECLINED when a decision is dated within the
 *       open episode on or before asOf; else NONE.
 *   <li>{@code oud}: in-care patients whose primary substance is an opioid, and those ACTIVE.
 *   <li>{@code mat_courses}: every OUD patient's orders (open episode or not) starting on or before
 *       asOf, ends capped at asOf, chained when {@code start − (latest end so far) ≤ 7}; starts =
 *       courses beginning in [from, to] and on or before asOf − 180; continuous ⇔ end − start ≥
 *       180.
 * </ul>
 */
public final class MatStatusMeasure {

  /** Days between two orders that still make one MAT course (DESIGN.md §4.2). */
  static final int COURSE_GAP_DAYS = 7;

  static final NamedSql SQL =
      NamedSql.of(
          """
          with in_care as (
            select e.patient_id, e.admitted_on, s.level_of_care,
                   p.primary_substance in (%1$s) as oud
            from episode e
            join patient p on p.id = e.patient_id
            join stay s on s.episode_id = e.id
            where e.admitted_on <= {asOf}::date
              and (e.discharged_on is null or e.discharged_on > {asOf}::date)
              and s.start_on <= {asOf}::date and (s.end_on is null or s.end_on > {asOf}::date)
              and ({siteCode}::varchar is null
                   or p.site_id in (select id from site where code = {siteCode}::varchar))
          ), snapshot as (
            select ic.level_of_care, ic.oud, active.medication, active.phase,
                   case when active.medication is not null then 'ACTIVE'
                        when exists (
                          select 1 from mat_order o
                          where o.patient_id = ic.patient_id
                            and o.ended_on > {asOf}::date - 30 and o.ended_on <= {asOf}::date)
                          then 'DISCONTINUED'
                        when exists (
                          select 1 from mat_declined d
                          where d.patient_id = ic.patient_id
                            and d.decided_on >= ic.admitted_on and d.decided_on <= {asOf}::date)
                          then 'DECLINED'
                        else 'NONE' end as status
            from in_care ic
            left join lateral (
              select o.medication,
                     (select ph.phase from mat_phase ph
                      where ph.order_id = o.id and ph.effective_on <= {asOf}::date
                      order by ph.effective_on desc limit 1) as phase
              from mat_order o
              where o.patient_id = ic.patient_id and o.started_on <= {asOf}::date
                and (o.ended_on is null or o.ended_on > {asOf}::date)
              limit 1
            ) active on true
          ), mat_capped as (
            select o.patient_id, o.started_on,
                   least(coalesce(o.ended_on, {asOf}::date), {asOf}::date) as end_on
            from mat_order o
            join patient p on p.id = o.patient_id and p.primary_substance in (%1$s)
            where o.started_on <= {asOf}::date
              and ({siteCode}::varchar is null
                   or p.site_id in (select id from site where code = {siteCode}::varchar))
          ), mat_chained as (
            select m.*,
                   case when m.started_on - max(m.end_on) over (
                          partition by m.patient_id order by m.started_on
                          rows between unbounded preceding and 1 preceding) <= %2$d
                        then 0 else 1 end as opens_course
            from mat_capped m
          ), mat_numbered as (
            select mc.*,
                   sum(mc.opens_course) over (
                     partition by mc.patient_id order by mc.started_on rows unbounded preceding)
                     as course_no
            from mat_chained mc
          ), mat_courses as (
            select min(n.started_on) as start_on, max(n.end_on) as end_on
            from mat_numbered n
            group by n.patient_id, n.course_no
          )
          select 'SNAPSHOT' as part, level_of_care, status, medication, phase,
                 count(*) as denominator, null::bigint as numerator
          from snapshot
          group by level_of_care, status, medication, phase
          union all
          select 'OUD', null, null, null, null,
                 count(*) filter (where oud), count(*) filter (where oud and status = 'ACTIVE')
          from snapshot
          union all
          select 'CONTINUITY', null, null, null, null,
                 count(*), count(*) filter (where c.end_on - c.start_on >= 180)
          from mat_courses c
          where c.start_on <= {asOf}::date - 180
            and ({from}::date is null or c.start_on >= {from}::date)
            and ({to}::date is null or c.start_on <= {to}::date)
          """
              .formatted(Substance.opioidsInSql(), COURSE_GAP_DAYS));

  private static final Comparator<MatStatusRow> ORDER =
      Comparator.comparing(MatStatusRow::getLevelOfCare)
          .thenComparing(MatStatusRow::getStatus)
          .thenComparing(
              MatStatusRow::getMedication, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(MatStatusRow::getPhase, Comparator.nullsLast(Comparator.naturalOrder()));

  private MatStatusMeasure() {}

  /**
   * Computes the report in one query on the given connection (read-only use). The snapshot is
   * always of {@code asOf}; {@code from}/{@code to} limit only the continuity measure; {@code
   * siteCode} limits to patients of one home site.
   */
  public static MatStatusReport compute(Connection connection, ReportPeriod p) throws SQLException {
    List<MatStatusRow> byLevel = new ArrayList<>();
    Ratio oud = new Ratio(0, 0);
    Ratio continuity = new Ratio(0, 0);
    Map<String, Object> values = new HashMap<>();
    values.put("asOf", p.getAsOf());
    values.put("from", p.getFrom());
    values.put("to", p.getTo());
    values.put("siteCode", p.getSiteCode());
    try (PreparedStatement query = SQL.prepare(connection, values)) {
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          switch (rows.getString("part")) {
            case "SNAPSHOT" ->
                byLevel.add(
                    new MatStatusRow(
                        LevelOfCare.valueOf(rows.getString("level_of_care")),
                        MatStatus.valueOf(rows.getString("status")),
                        code(Medication.class, rows.getString("medication")),
                        code(Phase.class, rows.getString("phase")),
                        rows.getLong("denominator")));
            case "OUD" -> oud = new Ratio(rows.getLong("denominator"), rows.getLong("numerator"));
            default ->
                continuity = new Ratio(rows.getLong("denominator"), rows.getLong("numerator"));
          }
        }
      }
    }
    byLevel.sort(ORDER);
    return new MatStatusReport(p, byLevel, oud, continuity, new ReportCut(Instant.now()));
  }

  private static <E extends Enum<E>> E code(Class<E> type, String value) {
    return value == null ? null : Enum.valueOf(type, value);
  }
}
