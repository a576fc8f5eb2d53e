package org.continuumcare.audit;

import java.time.Instant;
import java.util.UUID;

/** A line of the audit log as the auditor reads it. JavaBean getters for Faces EL. */
public final class AuditRow {
  private final long id;
  private final Instant at;
  private final String username;
  private final String subject;
  private final String action;
  private final UUID patientId;
  private final String mrn;
  private final UUID episodeId;
  private final Outcome outcome;
  private final boolean breakGlass;

  public AuditRow(
      long id,
      Instant at,
      String username,
      String subject,
      String action,
      UUID patientId,
      String mrn,
      UUID episodeId,
      Outcome outcome,
      boolean breakGlass) {
    this.id = id;
    this.at = at;
    this.username = username;
    this.subject = subject;
    this.action = action;
    this.patientId = patientId;
    this.mrn = mrn;
    this.episodeId = episodeId;
    this.outcome = outcome;
    this.breakGlass = breakGlass;
  }

  public long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getUsername() {
    return username;
  }

  public String getSubject() {
    return subject;
  }

  public String getAction() {
    return action;
  }

  public UUID getPatientId() {
    return patientId;
  }

  public String getMrn() {
    return mrn;
  }

  public UUID getEpisodeId() {
    return episodeId;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public boolean isBreakGlass() {
    return breakGlass;
  }
}
