package org.continuumcare.episode;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A discharge as requested. */
public record Discharge(
    @NotNull LocalDate dischargedOn,
    @NotNull DischargeReason reason,
    @Size(max = 2000) String note) {}
