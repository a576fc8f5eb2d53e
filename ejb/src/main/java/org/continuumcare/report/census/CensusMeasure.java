package org.continuumcare.report.census;

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
 * Census on {@code asOf} (stays with {@code start ≤ asOf < end}, by level and the stay's site) and
 * length of stay per level over the stays that ended in [from, to] (default: the year up to asOf),
 * in one query. {@code siteCode} limits to patients of one home site, as in every report.
 */
public final class CensusMeasure {

  static final NamedSql SQL =
      NamedSql.of(
          """
          with stays as (
            select s.level_of_care, ss.code as stay_site, s.start_on, s.end_on
            from stay s
            join site ss on ss.id = s.site_id
            join patient p on p.id = s.patient_id
            join site ps on ps.id = p.site_id
            where {siteCode}::varchar is null or ps.code = {siteCode}::varchar
          )
          select 'CENSUS' as part, level_of_care, stay_site, count(*) as n,
                 null::float8 as median_days, null::float8 as mean_days
          from stays
          where start_on <= {asOf}::date and (end_on is null or end_on > {asOf}::date)
          group by level_of_care, stay_site
          union all
          select 'LOS', level_of_care, null, count(*),
                 percentile_cont(0.5) within group (order by end_on - start_on),
                 avg(end_on - start_on)::float8
          from stays
          where end_on >= {from}::date and end_on <= {to}::date
          group by level_of_care
          """);

  private CensusMeasure() {}

  public static CensusReport compute(Connection connection, ReportPeriod p) throws SQLException {
    LocalDate losTo = p.toOr(p.getAsOf());
    LocalDate losFrom = p.fromOrYearBefore(losTo);
    List<CensusAtRow> census = new ArrayList<>();
    List<LengthOfStayRow> los = new ArrayList<>();
    try (PreparedStatement query = SQL.prepare(connection, p.values(losFrom, losTo))) {
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          LevelOfCare level = LevelOfCare.valueOf(rows.getString("level_of_care"));
          if ("CENSUS".equals(rows.getString("part"))) {
            census.add(new CensusAtRow(level, rows.getString("stay_site"), rows.getLong("n")));
          } else {
            los.add(
                new LengthOfStayRow(
                    level,
                    rows.getLong("n"),
                    rows.getDouble("median_days"),
                    rows.getDouble("mean_days")));
          }
        }
      }
    }
    census.sort(
        java.util.Comparator.comparing(CensusAtRow::getLevelOfCare)
            .thenComparing(CensusAtRow::getSiteCode));
    los.sort(java.util.Comparator.comparing(LengthOfStayRow::getLevelOfCare));
    return new CensusReport(p, losFrom, losTo, census, los, new ReportCut(Instant.now()));
  }
}
