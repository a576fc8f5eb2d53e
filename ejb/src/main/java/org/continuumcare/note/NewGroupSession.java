package org.continuumcare.note;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A group session to record: date, topic, one short note, and each patient's attendance. */
public record NewGroupSession(
    LocalDate heldOn, String topic, String note, List<Participant> participants) {

  /** A patient of the group and whether they came. */
  public record Participant(UUID patientId, Attendance attendance) {}
}
