package org.continuumcare.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A time-boxed grant to open one patient's chart outside the caller's caseload, with a reason. */
@Entity
@Table(name = "break_glass")
public class BreakGlass {

  @Id private UUID id;
  private UUID patientId;
  private String username;
  private String subject;
  private String reason;
  private Instant grantedAt;
  private Instant expiresAt;

  protected BreakGlass() {}

  BreakGlass(UUID patientId, String username, String reason, Duration lasting) {
    this.id = UUID.randomUUID();
    this.patientId = patientId;
    this.username = username;
    this.reason = reason.trim();
    this.grantedAt = Instant.now();
    this.expiresAt = grantedAt.plus(lasting);
  }

  public UUID getId() {
    return id;
  }

  public UUID getPatientId() {
    return patientId;
  }

  public String getUsername() {
    return username;
  }

  public String getReason() {
    return reason;
  }

  public Instant getGrantedAt() {
    return grantedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
