package org.continuumcare.mat;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A MAT order as prescribed. */
public record NewMatOrder(
    @NotNull Medication medication,
    @NotNull Phase phase,
    @NotNull LocalDate startedOn,
    @NotNull @Positive @DecimalMax("2000") BigDecimal dose,
    @NotNull @Pattern(regexp = "mg|mg/mL|mcg", message = "must be mg, mg/mL or mcg") String unit) {}
