package org.continuumcare.mat;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A change of a MAT order's dose as prescribed: the new dose, from when, and why. */
public record DoseOrder(
    @NotNull @Positive @DecimalMax("2000") BigDecimal dose,
    @NotNull @Pattern(regexp = "mg|mg/mL|mcg", message = "must be mg, mg/mL or mcg") String unit,
    @NotNull LocalDate effectiveOn,
    @NotNull @Size(max = 200) String reason) {}
