package org.continuumcare.note;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A group session: when, the topic, the short note shared by everyone's progress note. */
@Entity
@Table(name = "group_session")
public class GroupSession {

  @Id private UUID id;
  private LocalDate heldOn;
  private String topic;
  private String note;
  private String facilitator;
  private Instant recordedAt;

  protected GroupSession() {}

  public GroupSession(LocalDate heldOn, String topic, String note, String facilitator) {
    this.id = UUID.randomUUID();
    this.heldOn = heldOn;
    this.topic = topic;
    this.note = note;
    this.facilitator = facilitator;
    this.recordedAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getTopic() {
    return topic;
  }

  public String getNote() {
    return note;
  }

  public String getFacilitator() {
    return facilitator;
  }
}
