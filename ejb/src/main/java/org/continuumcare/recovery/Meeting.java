package org.continuumcare.recovery;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.continuumcare.shared.RuleViolation;

/** A mutual-help meeting the patient attended. */
@Entity
@Table(name = "recovery_meeting")
public class Meeting {

  public static final int NOTE_MAX = 200;

  @Id private UUID id;
  private UUID patientId;
  private LocalDate attendedOn;

  @Enumerated(EnumType.STRING)
  private Fellowship fellowship;

  private String note;
  private String recordedBy;
  private Instant recordedAt;

  protected Meeting() {}

  /** A meeting attended on a day up to today. */
  public static Meeting attended(
      UUID patientId,
      LocalDate attendedOn,
      Fellowship fellowship,
      String note,
      String recordedBy,
      LocalDate today) {
    if (attendedOn.isAfter(today)) {
      throw new RuleViolation("attendedOn", "workflow.inFuture");
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    if (text != null && text.length() > NOTE_MAX) {
      throw new RuleViolation("note", "recovery.meetingNoteTooLong", NOTE_MAX);
    }
    Meeting m = new Meeting();
    m.id = UUID.randomUUID();
    m.patientId = Objects.requireNonNull(patientId);
    m.attendedOn = attendedOn;
    m.fellowship = Objects.requireNonNull(fellowship);
    m.note = text;
    m.recordedBy = recordedBy;
    m.recordedAt = Instant.now();
    return m;
  }

  public UUID getId() {
    return id;
  }

  public LocalDate getAttendedOn() {
    return attendedOn;
  }

  public Fellowship getFellowship() {
    return fellowship;
  }

  public String getNote() {
    return note;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
