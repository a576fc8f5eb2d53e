package org.continuumcare.worklist;

import java.time.LocalDate;
import java.util.UUID;

/** A line of the work list. JavaBean getters for Faces EL. */
public final class WorkListRow {
  private final UUID id;
  private final WorkItem.Kind kind;
  private final String detail;
  private final LocalDate dueOn;
  private final long daysOverdue;
  private final UUID patientId;
  private final String mrn;
  private final String name;

  public WorkListRow(
      UUID id,
      WorkItem.Kind kind,
      String detail,
      LocalDate dueOn,
      long daysOverdue,
      UUID patientId,
      String mrn,
      String name) {
    this.id = id;
    this.kind = kind;
    this.detail = detail;
    this.dueOn = dueOn;
    this.daysOverdue = daysOverdue;
    this.patientId = patientId;
    this.mrn = mrn;
    this.name = name;
  }

  public UUID getId() {
    return id;
  }

  public WorkItem.Kind getKind() {
    return kind;
  }

  /** What is due in a few words ("90 days sober"), or {@code null}. */
  public String getDetail() {
    return detail;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  /** Days past due (negative: due in that many days). */
  public long getDaysOverdue() {
    return daysOverdue;
  }

  public boolean isOverdue() {
    return daysOverdue > 0;
  }

  public UUID getPatientId() {
    return patientId;
  }

  public String getMrn() {
    return mrn;
  }

  public String getName() {
    return name;
  }
}
