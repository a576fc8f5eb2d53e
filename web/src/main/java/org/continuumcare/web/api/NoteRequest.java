package org.continuumcare.web.api;

import java.time.LocalDate;
import org.continuumcare.note.Attendance;
import org.continuumcare.note.NewNote;
import org.continuumcare.note.SessionType;

/**
 * Body of {@code POST /episodes/{id}/notes} and {@code PUT /notes/{id}}: a DAP progress note of one
 * session. Data is always required, assessment and plan when the patient {@code ATTENDED}; {@code
 * sign: true} signs it at once. {@code version} (of the draft read) only for {@code PUT}.
 */
public class NoteRequest {
  public LocalDate sessionOn;

  @CodeOf(SessionType.class)
  public String sessionType;

  @CodeOf(Attendance.class)
  public String attendance;

  public String data;
  public String assessment;
  public String plan;
  public boolean sign;
  public Long version;

  NewNote toNote() {
    return new NewNote(
        sessionOn,
        sessionType == null ? null : SessionType.valueOf(sessionType),
        attendance == null ? null : Attendance.valueOf(attendance),
        data,
        assessment,
        plan,
        sign);
  }
}
