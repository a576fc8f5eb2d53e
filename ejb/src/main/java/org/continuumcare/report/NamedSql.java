package org.continuumcare.report;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A measure's SQL with named parameters ({@code {asOf}}; a colon would clash with casts), each
 * bound where it is used. The planner then sees the values themselves — a date range, a site code
 * or none — instead of the columns of a one-row parameter CTE, whose selectivity it cannot know
 * (the benchmark showed nested loops over 100,000 patients where a hash join belongs).
 */
public final class NamedSql {

  private static final Pattern NAME = Pattern.compile("\\{(\\w+)}");

  private final String sql;
  private final List<String> names;

  private NamedSql(String sql, List<String> names) {
    this.sql = sql;
    this.names = names;
  }

  public static NamedSql of(String text) {
    List<String> names = new ArrayList<>();
    Matcher m = NAME.matcher(text);
    StringBuilder sql = new StringBuilder();
    while (m.find()) {
      names.add(m.group(1));
      m.appendReplacement(sql, "?");
    }
    m.appendTail(sql);
    return new NamedSql(sql.toString(), List.copyOf(names));
  }

  /**
   * Prepares the statement with every parameter bound: {@link LocalDate}, {@link Integer}, {@link
   * String} or null (the SQL casts each use, e.g. {@code {siteCode}::varchar}).
   */
  public PreparedStatement prepare(Connection connection, Map<String, ?> values)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        if (!values.containsKey(name)) {
          throw new IllegalArgumentException("no value for {" + name + "}");
        }
        Object value = values.get(name);
        if (value == null) {
          statement.setNull(i + 1, Types.VARCHAR);
        } else if (value instanceof LocalDate date) {
          statement.setDate(i + 1, Date.valueOf(date));
        } else if (value instanceof Integer number) {
          statement.setInt(i + 1, number);
        } else {
          statement.setString(i + 1, value.toString());
        }
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }
}
