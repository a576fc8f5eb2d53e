package org.continuumcare.aftercare;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.continuumcare.shared.RuleViolation;

/** A follow-up contact due a fixed number of days after a discharge, and how it went. */
@Entity
@Table(name = "follow_up")
public class FollowUp {

  /** Days after discharge at which contacts are due. */
  public static final List<Integer> SCHEDULE = List.of(30, 90, 180);

  @Id private UUID id;

  @Column(name = "episode_id")
  private UUID episodeId;

  @Column(name = "patient_id")
  private UUID patientId;

  private int daysAfterDischarge;
  private LocalDate dueOn;
  private LocalDate contactedOn;
  private String outcome;
  private String note;
  private String recordedBy;
  @Version private long version;

  protected FollowUp() {}

  private FollowUp(UUID episodeId, UUID patientId, int days, LocalDate dischargedOn) {
    this.id = UUID.randomUUID();
    this.episodeId = episodeId;
    this.patientId = patientId;
    this.daysAfterDischarge = days;
    this.dueOn = dischargedOn.plusDays(days);
  }

  /** The contacts a discharge on {@code dischargedOn} schedules. */
  public static List<FollowUp> scheduleAfter(
      UUID episodeId, UUID patientId, LocalDate dischargedOn) {
    return SCHEDULE.stream()
        .map(days -> new FollowUp(episodeId, patientId, days, dischargedOn))
        .toList();
  }

  /**
   * Records the outcome of the contact: dated from the discharge up to today. A contact that did
   * not reach the patient may be followed by a later attempt; any other outcome is final.
   */
  public void record(
      LocalDate on, FollowUpOutcome result, String text, String by, LocalDate today) {
    if (on == null) {
      throw new RuleViolation("contactedOn", "followUp.dateRequired");
    }
    if (result == null) {
      throw new RuleViolation("outcome", "followUp.outcomeRequired");
    }
    if (on.isAfter(today)) {
      throw new RuleViolation("contactedOn", "followUp.inFuture");
    }
    LocalDate dischargedOn = dueOn.minusDays(daysAfterDischarge);
    if (on.isBefore(dischargedOn)) {
      throw new RuleViolation("contactedOn", "followUp.beforeDischarge", dischargedOn);
    }
    if (isContacted() && getOutcome() != FollowUpOutcome.NOT_REACHED) {
      throw new RuleViolation(null, "followUp.recorded", contactedOn);
    }
    if (isContacted() && on.isBefore(contactedOn)) {
      throw new RuleViolation("contactedOn", "followUp.beforeLastAttempt", contactedOn);
    }
    contactedOn = on;
    outcome = result.name();
    note = text == null || text.isBlank() ? null : text.strip();
    recordedBy = by;
  }

  public boolean isContacted() {
    return contactedOn != null;
  }

  public UUID getId() {
    return id;
  }

  public int getDaysAfterDischarge() {
    return daysAfterDischarge;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public LocalDate getContactedOn() {
    return contactedOn;
  }

  public FollowUpOutcome getOutcome() {
    return outcome == null ? null : FollowUpOutcome.valueOf(outcome);
  }

  public UUID getEpisodeId() {
    return episodeId;
  }

  public UUID getPatientId() {
    return patientId;
  }

  public String getNote() {
    return note;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public long getVersion() {
    return version;
  }
}
