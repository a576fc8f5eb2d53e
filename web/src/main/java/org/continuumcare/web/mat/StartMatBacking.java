package org.continuumcare.web.mat;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.continuumcare.mat.MatService;
import org.continuumcare.mat.Medication;
import org.continuumcare.mat.NewMatOrder;
import org.continuumcare.mat.Phase;
import org.continuumcare.web.patient.ChartBacking;

/** The "start MAT order" dialog: medication, first phase, start date, dose and unit. */
@Named
@ViewScoped
public class StartMatBacking extends MatDialog {

  @EJB MatService mat;
  @Inject ChartBacking chart;

  private Medication medication;
  private Phase phase;
  private LocalDate startedOn;
  private BigDecimal dose;
  private String unit;

  public void open() {
    medication = null;
    phase = Phase.INDUCTION;
    startedOn = getToday();
    dose = null;
    unit = "mg";
  }

  public void save() {
    change(
        "matStartForm",
        () ->
            mat.start(
                chart.getPatient().getId(),
                new NewMatOrder(medication, phase, startedOn, dose, unit)),
        "mat.started");
  }

  public Medication[] getMedications() {
    return Medication.values();
  }

  public Phase[] getPhases() {
    return Phase.values();
  }

  public String[] getUnits() {
    return new String[] {"mg", "mg/mL", "mcg"};
  }

  public Medication getMedication() {
    return medication;
  }

  public void setMedication(Medication medication) {
    this.medication = medication;
  }

  public Phase getPhase() {
    return phase;
  }

  public void setPhase(Phase phase) {
    this.phase = phase;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public void setStartedOn(LocalDate startedOn) {
    this.startedOn = startedOn;
  }

  public BigDecimal getDose() {
    return dose;
  }

  public void setDose(BigDecimal dose) {
    this.dose = dose;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }
}
