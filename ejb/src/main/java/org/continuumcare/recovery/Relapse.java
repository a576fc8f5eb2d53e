package org.continuumcare.recovery;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A relapse: the day it happened and the sobriety date it reset (kept for the record). */
@Entity
@Table(name = "relapse")
public class Relapse {

  public static final int NOTE_MAX = 2000;

  @Id private UUID id;
  private UUID patientId;
  private LocalDate occurredOn;
  private LocalDate previousSobrietyDate;
  private String note;
  private String recordedBy;
  private Instant recordedAt;

  protected Relapse() {}

  Relapse(
      UUID patientId,
      LocalDate occurredOn,
      LocalDate previousSobrietyDate,
      String note,
      String recordedBy) {
    this.id = UUID.randomUUID();
    this.patientId = patientId;
    this.occurredOn = occurredOn;
    this.previousSobrietyDate = previousSobrietyDate;
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.recordedBy = recordedBy;
    this.recordedAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  public UUID getPatientId() {
    return patientId;
  }

  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  public LocalDate getPreviousSobrietyDate() {
    return previousSobrietyDate;
  }

  public String getNote() {
    return note;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
