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
import org.continuumcare.security.Role;

/** Something due for a patient, on someone's work list until it is done. */
@Entity
@Table(name = "work_item")
public class WorkItem {

  /**
   * Kinds of due work. Most are assigned to one person (the episode's primary counselor); a kind
   * with a pool role is left unassigned and is on the work list of everyone with that role.
   */
  public enum Kind {
    FOLLOW_UP,
    PLAN_REVIEW,
    SAFETY_CHECK,
    CONSENT_EXPIRING,
    SOBRIETY_MILESTONE,
    /** The nurses' pool: whoever is on the unit reassesses. */
    WITHDRAWAL_REASSESSMENT(Role.NURSE);

    private final String pool;

    Kind() {
      this(null);
    }

    Kind(String pool) {
      this.pool = pool;
    }

    /** The role whose members share the unassigned items of this kind, or {@code null}. */
    public String pool() {
      return pool;
    }
  }

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private String ref;
  private UUID patientId;
  private UUID episodeId;
  private LocalDate dueOn;
  private String assignedTo;
  private String detail;
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

  /** What is due in a few words ("90 days sober"), or {@code null}. */
  public String getDetail() {
    return detail;
  }

  public boolean isDone() {
    return doneAt != null;
  }
}
