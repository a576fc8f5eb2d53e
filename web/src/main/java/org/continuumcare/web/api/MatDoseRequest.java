package org.continuumcare.web.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.continuumcare.mat.DoseOrder;

/** Body of {@code POST /mat-orders/{id}/doses}: the new dose, from when, and why. */
public class MatDoseRequest {
  @NotNull
  @Positive
  @DecimalMax("2000")
  public BigDecimal dose;

  @NotNull
  @Pattern(regexp = "mg|mg/mL|mcg", message = "must be mg, mg/mL or mcg")
  public String unit;

  @NotNull public LocalDate effectiveOn;

  @NotNull
  @Size(min = 1, max = 200)
  public String reason;

  DoseOrder toDoseOrder() {
    return new DoseOrder(dose, unit, effectiveOn, reason);
  }
}
