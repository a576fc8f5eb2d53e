package org.continuumcare.web.patient;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.continuumcare.recovery.Fellowship;
import org.continuumcare.recovery.NewMeeting;
import org.continuumcare.recovery.RecoveryService;
import org.continuumcare.shared.Today;

/** The "meeting attended" dialog: day, fellowship, a short note. */
@Named
@ViewScoped
public class MeetingDialog extends ChartDialog {

  @EJB RecoveryService recovery;
  @Inject ChartBacking chart;
  @Inject RecoveryBacking tab;
  @Inject Today today;

  private LocalDate attendedOn;
  private Fellowship fellowship;
  private String note;

  public void open() {
    openFor(chart.getId());
    attendedOn = today.in(null);
    fellowship = null;
    note = null;
  }

  public void save() {
    if (save(
        "meetingForm",
        () -> recovery.attend(patientId(), new NewMeeting(attendedOn, fellowship, note)),
        "recovery.meeting.done")) {
      tab.refresh();
    }
  }

  public Fellowship[] getFellowships() {
    return Fellowship.values();
  }

  public LocalDate getToday() {
    return today.in(null);
  }

  public LocalDate getAttendedOn() {
    return attendedOn;
  }

  public void setAttendedOn(LocalDate attendedOn) {
    this.attendedOn = attendedOn;
  }

  public Fellowship getFellowship() {
    return fellowship;
  }

  public void setFellowship(Fellowship fellowship) {
    this.fellowship = fellowship;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
