package org.continuumcare.web.patient;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.continuumcare.episode.Discharge;
import org.continuumcare.episode.DischargeReason;
import org.continuumcare.episode.EpisodeService;
import org.continuumcare.shared.Today;

/** The discharge dialog: date, TEDS reason, note; follow-ups at 30/90/180 days are scheduled. */
@Named
@ViewScoped
public class DischargeBacking extends EpisodeDialog {

  @EJB EpisodeService episodes;
  @Inject Today today;
  @Inject ChartBacking chart;

  private LocalDate dischargedOn;
  private DischargeReason reason;
  private String note;

  public void open() {
    openOn(chart.getPatient(), chart.getCurrent());
    dischargedOn = today.in(null);
    reason = null;
    note = null;
  }

  public String save() {
    return change(
        "dischargeForm",
        () -> episodes.discharge(episodeId(), new Discharge(dischargedOn, reason, note), version()),
        "discharge.done",
        dischargedOn);
  }

  public DischargeReason[] getReasons() {
    return DischargeReason.values();
  }

  public LocalDate getToday() {
    return today.in(null);
  }

  public LocalDate getDischargedOn() {
    return dischargedOn;
  }

  public void setDischargedOn(LocalDate dischargedOn) {
    this.dischargedOn = dischargedOn;
  }

  public DischargeReason getReason() {
    return reason;
  }

  public void setReason(DischargeReason reason) {
    this.reason = reason;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
