package org.continuumcare.web.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.continuumcare.mat.Medication;
import org.continuumcare.mat.NewMatOrder;
import org.continuumcare.mat.Phase;

/** Body of {@code POST /patients/{id}/mat-orders}. */
public class MatOrderRequest {
  @NotNull
  @CodeOf(Medication.class)
  public String medication;

  @NotNull
  @CodeOf(Phase.class)
  public String phase;

  @NotNull public LocalDate startedOn;

  @NotNull
  @Positive
  @DecimalMax("2000")
  public BigDecimal dose;

  @NotNull
  @Pattern(regexp = "mg|mg/mL|mcg", message = "must be mg, mg/mL or mcg")
  public String unit;

  NewMatOrder toOrder() {
    return new NewMatOrder(
        Medication.valueOf(medication), Phase.valueOf(phase), startedOn, dose, unit);
  }
}
