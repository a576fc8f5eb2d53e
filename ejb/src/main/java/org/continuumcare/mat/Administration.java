package org.continuumcare.mat;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A clinic-administered dose of a MAT order on a day (methadone dosing, an XR injection): given,
 * missed or refused, by whom. At most one per order and day; made only by {@link
 * MatOrder#administer}, which holds the rules.
 */
@Entity
@Table(name = "mat_administration")
public class Administration {

  @Id private UUID id;
  private UUID orderId;
  private UUID patientId;
  private LocalDate dosingDate;

  @Enumerated(EnumType.STRING)
  private AdministrationStatus status;

  private BigDecimal dose;
  private String unit;
  private String recordedBy;
  private Instant recordedAt;
  private String note;

  protected Administration() {}

  Administration(
      MatOrder order,
      LocalDate dosingDate,
      AdministrationStatus status,
      BigDecimal dose,
      String unit,
      String recordedBy,
      String note) {
    this.id = UUID.randomUUID();
    this.orderId = order.getId();
    this.patientId = order.getPatientId();
    this.dosingDate = dosingDate;
    this.status = status;
    this.dose = dose;
    this.unit = unit;
    this.recordedBy = recordedBy;
    this.recordedAt = Instant.now();
    this.note = note;
  }

  public UUID getId() {
    return id;
  }

  public UUID getOrderId() {
    return orderId;
  }

  public UUID getPatientId() {
    return patientId;
  }

  public LocalDate getDosingDate() {
    return dosingDate;
  }

  public AdministrationStatus getStatus() {
    return status;
  }

  /** The dose given; {@code null} unless given. */
  public BigDecimal getDose() {
    return dose;
  }

  public String getUnit() {
    return unit;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getNote() {
    return note;
  }
}
