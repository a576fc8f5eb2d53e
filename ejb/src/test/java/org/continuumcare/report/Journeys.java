package org.continuumcare.report;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * Hand-built patient journeys written straight into a real PostgreSQL (the test database of {@code
 * ./continuum test}, migrated by the application's own Flyway scripts), inside one transaction that
 * the test rolls back. A journey reads like a chart:
 *
 * <pre>
 *   UUID ana = journeys.patient("HEROIN", "MAIN");
 *   journeys.episode(ana, "2025-01-01 WM 2025-01-06 RES 2025-02-05 AC 2025-02-15 COMPLETED");
 *   journeys.episode(ana, "2025-02-15 IOP");   // still open
 * </pre>
 *
 * Dates and levels alternate; each level's stay runs from the date before it to the date after it.
 * A trailing date discharges the episode on it (reason COMPLETED unless a reason follows); a
 * trailing level leaves the episode and its last stay open.
 */
public final class Journeys implements AutoCloseable {
  private static int mrn;
  private final Connection connection;

  private Journeys(Connection connection) {
    this.connection = connection;
  }

  /** Migrates the test database and opens a transaction; {@link #close()} rolls it back. */
  public static Journeys open() throws SQLException {
    String url = System.getenv("CONTINUUM_DB_URL");
    if (url == null) {
      throw new IllegalStateException(
          "CONTINUUM_DB_URL is not set: run the measures' tests through ./continuum test");
    }
    String user = System.getenv().getOrDefault("CONTINUUM_DB_USER", "continuum");
    String password = System.getenv().getOrDefault("CONTINUUM_DB_PASSWORD", "continuum");
    Flyway.configure().dataSource(url, user, password).load().migrate();
    Connection connection = DriverManager.getConnection(url, user, password);
    connection.setAutoCommit(false);
    return new Journeys(connection);
  }

  public Connection connection() {
    return connection;
  }

  public String site(String code) throws SQLException {
    update(
        "insert into site (id, code, name) values (?, ?, ?) on conflict (code) do nothing",
        UUID.randomUUID(),
        code,
        code + " campus");
    return code;
  }

  public UUID patient(String primarySubstance, String siteCode) throws SQLException {
    UUID id = UUID.randomUUID();
    update(
        "insert into patient (id, mrn, given_name, family_name, birth_date, sex_at_birth,"
            + " primary_substance, site_id)"
            + " select ?, ?, 'Test', 'Journey', date '1985-01-01', 'U', ?, id from site where code = ?",
        id,
        "J" + (++mrn) + "-" + id.toString().substring(0, 8),
        primarySubstance,
        siteCode);
    return id;
  }

  /** An episode as a chain of dates and levels (see the class comment); returns its id. */
  public UUID episode(UUID patient, String chain) throws SQLException {
    String[] t = chain.trim().split("\\s+");
    UUID episode = UUID.randomUUID();
    LocalDate admitted = LocalDate.parse(t[0]);
    int i = 1;
    int seq = 0;
    LocalDate start = admitted;
    LocalDate discharged = null;
    String reason = null;
    update(
        "insert into episode (id, patient_id, admitted_on, referral_source) values (?, ?, ?, 'SELF')",
        episode,
        patient,
        admitted);
    while (i < t.length) {
      String level = t[i++];
      LocalDate end = i < t.length ? LocalDate.parse(t[i++]) : null;
      update(
          "insert into stay (id, episode_id, patient_id, level_of_care, site_id, start_on, end_on,"
              + " seq) select ?, ?, ?, ?, site_id, ?, ?, ? from patient where id = ?",
          UUID.randomUUID(),
          episode,
          patient,
          level,
          start,
          end,
          seq++,
          patient);
      start = end;
      boolean anotherStay = i < t.length && isLevel(t[i]);
      if (end != null && !anotherStay) {
        discharged = end;
        reason = i < t.length ? t[i++] : "COMPLETED";
      }
    }
    if (discharged != null) {
      update(
          "update episode set discharged_on = ?, discharge_reason = ? where id = ?",
          discharged,
          reason,
          episode);
    }
    return episode;
  }

  private static boolean isLevel(String token) {
    return java.util.Arrays.stream(org.continuumcare.levelofcare.LevelOfCare.values())
        .anyMatch(l -> l.name().equals(token));
  }

  /** A MAT order with its phases: {@code "2025-01-07 INDUCTION 2025-01-20 MAINTENANCE"}. */
  public UUID matOrder(
      UUID patient, String medication, String phases, LocalDate startedOn, LocalDate endedOn)
      throws SQLException {
    UUID order = UUID.randomUUID();
    update(
        "insert into mat_order (id, patient_id, medication, dose, unit, prescriber, started_on,"
            + " ended_on, stop_reason) values (?, ?, ?, 8, 'mg', 'pia.prescriber', ?, ?, ?)",
        order,
        patient,
        medication,
        startedOn,
        endedOn,
        endedOn == null ? null : "PATIENT_CHOICE");
    String[] t = phases.trim().split("\\s+");
    for (int i = 0; i < t.length; i += 2) {
      update(
          "insert into mat_phase (id, order_id, phase, effective_on) values (?, ?, ?, ?)",
          UUID.randomUUID(),
          order,
          t[i + 1],
          LocalDate.parse(t[i]));
    }
    return order;
  }

  public void matDeclined(UUID patient, LocalDate decidedOn) throws SQLException {
    update(
        "insert into mat_declined (id, patient_id, decided_on, recorded_by) values (?, ?, ?, 'x')",
        UUID.randomUUID(),
        patient,
        decidedOn);
  }

  /**
   * The follow-up contact due {@code days} after the episode's discharge, with its outcome when
   * {@code contactedOn} is given: {@code followUp(episode, 30, "2025-05-03 REACHED_ABSTINENT")}.
   */
  public void followUp(UUID episode, int days, String contact) throws SQLException {
    String[] t = contact == null ? new String[0] : contact.trim().split("\\s+");
    update(
        "insert into follow_up (id, episode_id, patient_id, days_after_discharge, due_on,"
            + " contacted_on, outcome)"
            + " select ?, id, patient_id, ?, discharged_on + ?, ?, ? from episode where id = ?",
        UUID.randomUUID(),
        days,
        days,
        t.length == 0 ? null : LocalDate.parse(t[0]),
        t.length == 0 ? null : t[1],
        episode);
  }

  private void update(String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        Object v = values[i];
        statement.setObject(i + 1, v instanceof LocalDate d ? Date.valueOf(d) : v);
      }
      statement.executeUpdate();
    }
  }

  /** Rolls everything back: the test database keeps nothing of the journeys. */
  @Override
  public void close() throws SQLException {
    connection.rollback();
    connection.close();
  }
}
