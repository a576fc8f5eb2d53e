package org.continuumcare.aftercare;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A follow-up contact due a fixed number of days after a discharge. */
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

  public String getOutcome() {
    return outcome;
  }
}
