package org.continuumcare.worklist;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Something due for a patient, on someone's work list until it is done. */
@Entity
@Table(name = "work_item")
public class WorkItem {

  /** Kinds of due work. */
  public enum Kind {
    FOLLOW_UP,
    PLAN_REVIEW,
    SAFETY_CHECK
  }

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private String ref;
  private UUID patientId;
  private UUID episodeId;
  private LocalDate dueOn;
  private String assignedTo;
  private Instant createdAt;
  private Instant doneAt;
  private String doneBy;
  @Version private long version;

  protected WorkItem() {}

  /** Marks the item done; doing it twice keeps the first completion. */
  void complete(String by) {
    if (doneAt == null) {
      doneAt = Instant.now();
      doneBy = by;
    }
  }

  public UUID getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public UUID getPatientId() {
    return patientId;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public String getAssignedTo() {
    return assignedTo;
  }

  public boolean isDone() {
    return doneAt != null;
  }
}
