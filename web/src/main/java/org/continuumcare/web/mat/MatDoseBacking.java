package org.continuumcare.web.mat;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.continuumcare.mat.DoseOrder;
import org.continuumcare.mat.MatOrder;
import org.continuumcare.mat.MatService;

/** The "change dose" dialog: the new dose and unit, from when, and why. */
@Named
@ViewScoped
public class MatDoseBacking extends MatDialog {

  @EJB MatService mat;

  private UUID orderId;
  private String currentDose;
  private BigDecimal dose;
  private String unit;
  private LocalDate effectiveOn;
  private String reason;

  public void open() {
    MatOrder order = tab.getActive();
    orderId = order.getId();
    currentDose = order.getDose().stripTrailingZeros().toPlainString() + " " + order.getUnit();
    dose = null;
    unit = order.getUnit();
    effectiveOn = getToday();
    reason = null;
  }

  public void save() {
    change(
        "matDoseForm",
        () -> mat.changeDose(orderId, new DoseOrder(dose, unit, effectiveOn, reason)),
        "mat.doseChanged",
        dose == null ? "" : dose.stripTrailingZeros().toPlainString(),
        unit);
  }

  public String getCurrentDose() {
    return currentDose;
  }

  public String[] getUnits() {
    return new String[] {"mg", "mg/mL", "mcg"};
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

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  public void setEffectiveOn(LocalDate effectiveOn) {
    this.effectiveOn = effectiveOn;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
