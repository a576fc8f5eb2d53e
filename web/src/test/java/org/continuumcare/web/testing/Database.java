package org.continuumcare.web.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Direct access to the test database for black-box tests that must move time (expire a grant) —
 * never to read what the API under test should answer.
 */
public final class Database {

  private Database() {}

  public static void execute(String sql) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                env("CONTINUUM_DB_URL", "jdbc:postgresql://127.0.0.1:55432/continuum_test"),
                env("CONTINUUM_DB_USER", "continuum"),
                env("CONTINUUM_DB_PASSWORD", "continuum"));
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
