package org.continuumcare.web.group;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.continuumcare.note.Attendance;
import org.continuumcare.note.NewGroupSession;
import org.continuumcare.note.NoteService;
import org.continuumcare.shared.Today;
import org.continuumcare.web.shell.FormWrites;

/**
 * Recording a group session: date, topic, one short note, and the attendance of each patient of the
 * caseload who was in the group (left empty: not in this group). One save, one transaction. Holds
 * the form only: patient ids and their attendance codes.
 */
@Named
@ViewScoped
public class GroupSessionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB NoteService notes;
  @Inject Today today;

  private LocalDate heldOn;
  private String topic;
  private String note;
  private final Map<String, String> attendance = new HashMap<>();

  public LocalDate getHeldOn() {
    if (heldOn == null) {
      heldOn = today.in(null);
    }
    return heldOn;
  }

  public String save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    List<NewGroupSession.Participant> participants =
        attendance.entrySet().stream()
            .filter(e -> e.getValue() != null && !e.getValue().isBlank())
            .map(
                e ->
                    new NewGroupSession.Participant(
                        UUID.fromString(e.getKey()), Attendance.valueOf(e.getValue())))
            .toList();
    return FormWrites.write(
        faces,
        "group",
        () -> notes.recordGroupSession(new NewGroupSession(heldOn, topic, note, participants)),
        "/group/session?faces-redirect=true",
        "group.done",
        participants.size(),
        topic);
  }

  public Attendance[] getAttendances() {
    return Attendance.values();
  }

  public LocalDate getToday() {
    return today.in(null);
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  /** Attendance code by patient id; empty: not in this group. */
  public Map<String, String> getAttendance() {
    return attendance;
  }
}
