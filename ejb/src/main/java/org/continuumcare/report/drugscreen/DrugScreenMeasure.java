package org.continuumcare.report.drugscreen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.report.NamedSql;
import org.continuumcare.report.ReportCut;
import org.continuumcare.report.ReportPeriod;

/**
 * Drug-screen unexpected rate, DESIGN.md §4.3, in one query: the screens collected in [from, to]
 * (collection date, the site's local date) of patients of the site; a screen is <em>unexpected</em>
 * when at least one of its results was classified unexpected (ScreenPolicy, against the MAT order
 * active on the collection date — stored with the result); rate = unexpected ÷ screens. By the
 * level of care of the stay open on the collection date (on a transition day, the new stay; none
 * while not in care). Default period: the year up to asOf.
 */
public final class DrugScreenMeasure {

  static final NamedSql SQL =
      NamedSql.of(
          """
          with screens as (
            select (select s.level_of_care from stay s
                    where s.patient_id = ds.patient_id and s.start_on <= ds.collected_on
                      and (s.end_on is null or s.end_on > ds.collected_on)
                    order by s.start_on desc limit 1) as level_of_care,
                   exists (select 1 from drug_screen_result r
                           where r.screen_id = ds.id and r.expectation = 'UNEXPECTED') as unexpected
            from drug_screen ds
            join patient p on p.id = ds.patient_id
            join site ps on ps.id = p.site_id
            where ds.collected_on between {from}::date and {to}::date
              and ({siteCode}::varchar is null or ps.code = {siteCode}::varchar)
          )
          select grouping(level_of_care) as all_levels, level_of_care, count(*) as screens,
                 count(*) filter (where unexpected) as unexpected
          from screens
          group by grouping sets ((level_of_care), ())
          """);

  private DrugScreenMeasure() {}

  public static DrugScreenReport compute(Connection connection, ReportPeriod p)
      throws SQLException {
    LocalDate to = p.toOr(p.getAsOf());
    LocalDate from = p.fromOrYearBefore(to);
    List<DrugScreenRow> byLevel = new ArrayList<>();
    DrugScreenRow total = new DrugScreenRow(null, 0, 0);
    try (PreparedStatement query = SQL.prepare(connection, p.values(from, to))) {
      try (ResultSet r = query.executeQuery()) {
        while (r.next()) {
          String level = r.getString("level_of_care");
          DrugScreenRow row =
              new DrugScreenRow(
                  level == null ? null : LevelOfCare.valueOf(level),
                  r.getLong("screens"),
                  r.getLong("unexpected"));
          if (r.getInt("all_levels") == 1) {
            total = row;
          } else {
            byLevel.add(row);
          }
        }
      }
    }
    byLevel.sort(
        Comparator.comparing(
            DrugScreenRow::getLevelOfCare, Comparator.nullsLast(Comparator.naturalOrder())));
    return new DrugScreenReport(p, from, to, byLevel, total, new ReportCut(Instant.now()));
  }
}
