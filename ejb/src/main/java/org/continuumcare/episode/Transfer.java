package org.continuumcare.episode;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.continuumcare.levelofcare.LevelOfCare;

/** A change of level of care as requested; {@code siteCode} null keeps the open stay's site. */
public record Transfer(
    @NotNull LocalDate effectiveOn,
    @NotNull LevelOfCare levelOfCare,
    @NotNull TransitionReason reason,
    @NotBlank @Size(max = 2000) String note,
    @Size(max = 16) String siteCode) {}
