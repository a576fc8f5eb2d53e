package org.continuumcare.web.patient;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.UUID;
import org.continuumcare.note.Attendance;
import org.continuumcare.note.NewNote;
import org.continuumcare.note.NoteService;
import org.continuumcare.note.SessionType;
import org.continuumcare.shared.Today;

/**
 * The note dialogs: write a DAP note (save as draft, or sign), sign a draft, add an addendum to a
 * signed note. Holds ids, the version seen and the form only.
 */
@Named
@ViewScoped
public class NoteBacking extends ChartDialog {

  private static final long serialVersionUID = 1L;

  @EJB NoteService notes;
  @Inject Today today;
  @Inject ChartBacking chart;

  private String episodeId;
  private String noteId;
  private LocalDate sessionOn;
  private SessionType sessionType;
  private Attendance attendance;
  private String data;
  private String assessment;
  private String plan;
  private String addendum;

  public void open() {
    openFor(chart.getId());
    episodeId = chart.getLatest().getId().toString();
    sessionOn = today.in(null);
    sessionType = SessionType.INDIVIDUAL;
    attendance = Attendance.ATTENDED;
    data = assessment = plan = null;
  }

  public void openAddendum(String noteId) {
    openFor(chart.getId());
    this.noteId = noteId;
    addendum = null;
  }

  public String save(boolean sign) {
    return change(
        "noteForm",
        "notes",
        () ->
            notes.write(
                UUID.fromString(episodeId),
                new NewNote(sessionOn, sessionType, attendance, data, assessment, plan, sign)),
        sign ? "note.signedDone" : "note.savedDone",
        sessionOn);
  }

  public String sign(String noteId, long version) {
    openFor(chart.getId());
    return change(
        "notesTable",
        "notes",
        () -> notes.sign(UUID.fromString(noteId), version),
        "note.signedDone",
        "");
  }

  public String addAddendum() {
    return change(
        "addendumForm",
        "notes",
        () -> notes.addAddendum(UUID.fromString(noteId), addendum),
        "note.addendumDone");
  }

  public SessionType[] getSessionTypes() {
    return SessionType.values();
  }

  public Attendance[] getAttendances() {
    return Attendance.values();
  }

  public LocalDate getToday() {
    return today.in(null);
  }

  public LocalDate getSessionOn() {
    return sessionOn;
  }

  public void setSessionOn(LocalDate sessionOn) {
    this.sessionOn = sessionOn;
  }

  public SessionType getSessionType() {
    return sessionType;
  }

  public void setSessionType(SessionType sessionType) {
    this.sessionType = sessionType;
  }

  public Attendance getAttendance() {
    return attendance;
  }

  public void setAttendance(Attendance attendance) {
    this.attendance = attendance;
  }

  public String getData() {
    return data;
  }

  public void setData(String data) {
    this.data = data;
  }

  public String getAssessment() {
    return assessment;
  }

  public void setAssessment(String assessment) {
    this.assessment = assessment;
  }

  public String getPlan() {
    return plan;
  }

  public void setPlan(String plan) {
    this.plan = plan;
  }

  public String getAddendum() {
    return addendum;
  }

  public void setAddendum(String addendum) {
    this.addendum = addendum;
  }
}
