package org.continuumcare.web.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.continuumcare.recovery.Fellowship;
import org.continuumcare.recovery.NewMeeting;

/** Body of {@code POST /patients/{id}/recovery/meetings}. */
public class MeetingRequest {
  @NotNull public LocalDate attendedOn;

  @NotNull
  @CodeOf(Fellowship.class)
  public String fellowship;

  @Size(max = 200)
  public String note;

  NewMeeting toMeeting() {
    return new NewMeeting(attendedOn, Fellowship.valueOf(fellowship), note);
  }
}
