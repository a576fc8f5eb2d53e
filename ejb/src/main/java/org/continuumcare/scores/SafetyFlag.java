package org.continuumcare.scores;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.continuumcare.shared.RuleViolation;

/**
 * A safety flag on the patient's chart, raised by a positive PHQ-9 item 9 (DESIGN.md §3.3). It
 * stays until someone clears it with a documented safety assessment; at most one is open per
 * patient.
 */
@Entity
@Table(name = "safety_flag")
public class SafetyFlag {

  @Id private UUID id;
  private UUID patientId;
  private UUID scoreId;
  private String reason;
  private Instant raisedAt;
  private Instant clearedAt;
  private String clearedBy;
  private String assessment;
  @Version private long version;

  protected SafetyFlag() {}

  /** The flag a score raises; the score must raise a safety concern. */
  public static SafetyFlag raisedBy(ClinicalScore score) {
    if (!score.raisesSafetyConcern()) {
      throw new IllegalArgumentException("no safety concern in " + score.getId());
    }
    SafetyFlag flag = new SafetyFlag();
    flag.id = UUID.randomUUID();
    flag.patientId = score.getPatientId();
    flag.scoreId = score.getId();
    flag.reason = reasonOf(score);
    flag.raisedAt = score.getRecordedAt();
    return flag;
  }

  /** What the work list and the chart say about the concern ("PHQ-9 item 9 = 2"). */
  static String reasonOf(ClinicalScore score) {
    return score.getInstrument().label()
        + " item "
        + (Instrument.PHQ9_SELF_HARM_ITEM + 1)
        + " = "
        + score.getItems().get(Instrument.PHQ9_SELF_HARM_ITEM);
  }

  /** Clears the flag with the safety assessment that justifies it; a cleared flag stays cleared. */
  void clear(String assessment, String by, Instant at) {
    if (assessment == null || assessment.isBlank()) {
      throw new RuleViolation("assessment", "safety.assessmentRequired");
    }
    if (clearedAt != null) {
      throw new RuleViolation(null, "safety.alreadyCleared");
    }
    this.assessment = assessment.trim();
    this.clearedBy = by;
    this.clearedAt = at;
  }

  public UUID getId() {
    return id;
  }

  public UUID getPatientId() {
    return patientId;
  }

  public String getReason() {
    return reason;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public boolean isOpen() {
    return clearedAt == null;
  }

  public Instant getClearedAt() {
    return clearedAt;
  }

  public String getClearedBy() {
    return clearedBy;
  }

  public String getAssessment() {
    return assessment;
  }

  public long getVersion() {
    return version;
  }
}
