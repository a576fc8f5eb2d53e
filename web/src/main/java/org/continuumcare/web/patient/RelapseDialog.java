package org.continuumcare.web.patient;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.continuumcare.recovery.RecoveryService;
import org.continuumcare.shared.Today;

/** The "relapse" dialog: the day and a note; the sobriety date is reset to that day. */
@Named
@ViewScoped
public class RelapseDialog extends ChartDialog {

  @EJB RecoveryService recovery;
  @Inject RecoveryBacking tab;
  @Inject ChartBacking chart;
  @Inject Today today;

  private LocalDate occurredOn;
  private String note;
  private long version;

  public void open() {
    openFor(chart.getId());
    occurredOn = today.in(null);
    note = null;
    version = tab.getRecord().profile().getVersion();
  }

  public void save() {
    if (save(
        "relapseForm",
        () -> recovery.relapse(patientId(), occurredOn, note, version),
        "recovery.relapse.done",
        occurredOn)) {
      tab.refresh();
    }
  }

  public LocalDate getToday() {
    return today.in(null);
  }

  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  public void setOccurredOn(LocalDate occurredOn) {
    this.occurredOn = occurredOn;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
