package org.continuumcare.mat;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a nurse records for a day's clinic-administered dose; {@code dose} only when given. */
public record NewAdministration(
    @NotNull LocalDate date,
    @NotNull AdministrationStatus status,
    @Positive @DecimalMax("2000") BigDecimal dose,
    @Size(max = 500) String note) {}
