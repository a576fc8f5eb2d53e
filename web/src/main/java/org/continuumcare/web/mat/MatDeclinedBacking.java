package org.continuumcare.web.mat;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.continuumcare.mat.MatService;
import org.continuumcare.web.patient.ChartBacking;

/** The "MAT declined" dialog: the day the patient decided against MAT. */
@Named
@ViewScoped
public class MatDeclinedBacking extends MatDialog {

  @EJB MatService mat;
  @Inject ChartBacking chart;

  private LocalDate decidedOn;

  public void open() {
    decidedOn = getToday();
  }

  public void save() {
    change(
        "matDeclinedForm",
        () -> mat.decline(chart.getPatient().getId(), decidedOn),
        "mat.declinedRecorded");
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public void setDecidedOn(LocalDate decidedOn) {
    this.decidedOn = decidedOn;
  }
}
