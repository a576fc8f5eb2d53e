package org.continuumcare.mat;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A dose of a MAT order, effective from a date until the next change; the first is the starting
 * dose (without a reason).
 */
@Entity
@Table(name = "mat_dose")
public class DoseChange {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id")
  private MatOrder order;

  private LocalDate effectiveOn;
  private BigDecimal dose;
  private String unit;
  private String changedBy;
  private String reason;

  protected DoseChange() {}

  DoseChange(
      MatOrder order,
      LocalDate effectiveOn,
      BigDecimal dose,
      String unit,
      String changedBy,
      String reason) {
    this.id = UUID.randomUUID();
    this.order = order;
    this.effectiveOn = effectiveOn;
    this.dose = dose;
    this.unit = unit;
    this.changedBy = changedBy;
    this.reason = reason;
  }

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  public BigDecimal getDose() {
    return dose;
  }

  public String getUnit() {
    return unit;
  }

  public String getChangedBy() {
    return changedBy;
  }

  /** Why the dose changed; {@code null} for the starting dose. */
  public String getReason() {
    return reason;
  }
}
