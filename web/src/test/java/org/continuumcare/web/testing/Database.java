package org.continuumcare.web.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Direct access to the test database for black-box tests that must move time (expire a grant) or
 * check a side effect no screen shows (the audit rows a page view writes) — never to read what the
 * API under test should answer.
 */
public final class Database {

  private Database() {}

  public static void execute(String sql) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** The single number the query answers, e.g. a {@code count(*)}; {@code ?} binds a value. */
  public static long number(String sql, Object... values) throws SQLException {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        env("CONTINUUM_DB_URL", "jdbc:postgresql://127.0.0.1:55432/continuum_test"),
        env("CONTINUUM_DB_USER", "continuum"),
        env("CONTINUUM_DB_PASSWORD", "continuum"));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
