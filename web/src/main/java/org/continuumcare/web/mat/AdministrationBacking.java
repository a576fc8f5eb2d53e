package org.continuumcare.web.mat;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.continuumcare.mat.AdministrationStatus;
import org.continuumcare.mat.MatOrder;
import org.continuumcare.mat.MatService;
import org.continuumcare.mat.NewAdministration;

/**
 * The nurse's "record dose" dialog: the day, given / missed / refused, the dose given (the ordered
 * dose, prefilled) and a note.
 */
@Named
@ViewScoped
public class AdministrationBacking extends MatDialog {

  @EJB MatService mat;

  private UUID orderId;
  private String ordered;
  private String unit;
  private LocalDate date;
  private AdministrationStatus status;
  private BigDecimal dose;
  private String note;

  public void open() {
    MatOrder order = tab.getActive();
    orderId = order.getId();
    unit = order.getUnit();
    ordered = order.getDose().stripTrailingZeros().toPlainString() + " " + unit;
    date = getToday();
    status = AdministrationStatus.GIVEN;
    dose = order.getDose();
    note = null;
  }

  public void save() {
    BigDecimal given = status == AdministrationStatus.GIVEN ? dose : null;
    change(
        "matAdministrationForm",
        () -> mat.administer(orderId, new NewAdministration(date, status, given, note)),
        "mat.administrationRecorded",
        date);
  }

  /** Whether the dose field applies (only a given dose has one). */
  public boolean isGiven() {
    return status == AdministrationStatus.GIVEN;
  }

  public AdministrationStatus[] getStatuses() {
    return AdministrationStatus.values();
  }

  public String getOrdered() {
    return ordered;
  }

  public String getUnit() {
    return unit;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public AdministrationStatus getStatus() {
    return status;
  }

  public void setStatus(AdministrationStatus status) {
    this.status = status;
  }

  public BigDecimal getDose() {
    return dose;
  }

  public void setDose(BigDecimal dose) {
    this.dose = dose;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
