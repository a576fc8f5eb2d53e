package org.continuumcare.report.activity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.continuumcare.report.NamedSql;
import org.continuumcare.report.ReportCut;
import org.continuumcare.report.ReportPeriod;

/**
 * Admissions (episodes admitted in the period, by referral source), transfers (stays entered by a
 * transition in the period, by direction) and discharges (episodes discharged in the period, by
 * reason), per calendar month, in one query. Default period: the year up to asOf.
 */
public final class ActivityMeasure {

  static final NamedSql SQL =
      NamedSql.of(
          """
          with patients as (
            select p.id from patient p join site ps on ps.id = p.site_id
            where {siteCode}::varchar is null or ps.code = {siteCode}::varchar
          )
          select to_char(e.admitted_on, 'YYYY-MM') as month, 'ADMISSION' as kind,
                 e.referral_source as reason, count(*) as n
          from episode e join patients pt on pt.id = e.patient_id
          where e.admitted_on between {from}::date and {to}::date
          group by 1, 3
          union all
          select to_char(s.start_on, 'YYYY-MM'), 'TRANSFER', s.entry_reason, count(*)
          from stay s join patients pt on pt.id = s.patient_id
          where s.entry_reason is not null and s.start_on between {from}::date and {to}::date
          group by 1, 3
          union all
          select to_char(e.discharged_on, 'YYYY-MM'), 'DISCHARGE', e.discharge_reason, count(*)
          from episode e join patients pt on pt.id = e.patient_id
          where e.discharged_on between {from}::date and {to}::date
          group by 1, 3
          order by 1, 2, 3
          """);

  private ActivityMeasure() {}

  public static ActivityReport compute(Connection connection, ReportPeriod p) throws SQLException {
    LocalDate to = p.toOr(p.getAsOf());
    LocalDate from = p.fromOrYearBefore(to);
    List<ActivityRow> rows = new ArrayList<>();
    try (PreparedStatement query = SQL.prepare(connection, p.values(from, to))) {
      try (ResultSet r = query.executeQuery()) {
        while (r.next()) {
          rows.add(
              new ActivityRow(
                  r.getString("month"),
                  ActivityKind.valueOf(r.getString("kind")),
                  r.getString("reason"),
                  r.getLong("n")));
        }
      }
    }
    return new ActivityReport(p, from, to, rows, new ReportCut(Instant.now()));
  }
}
