package org.continuumcare.mat;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A patient's documented decision to decline MAT, dated (a MAT status of its own, §4.2). */
@Entity
@Table(name = "mat_declined")
public class MatDeclined {

  @Id private UUID id;
  private UUID patientId;
  private LocalDate decidedOn;
  private String recordedBy;
  private Instant recordedAt;

  protected MatDeclined() {}

  MatDeclined(UUID patientId, LocalDate decidedOn, String recordedBy) {
    this.id = UUID.randomUUID();
    this.patientId = patientId;
    this.decidedOn = decidedOn;
    this.recordedBy = recordedBy;
    this.recordedAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
