package org.continuumcare.drugscreen;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What recording a drug screen needs: when it was collected (the site's local date and time), the
 * specimen, whether collection was observed, and at least one analyte's result.
 */
public record NewDrugScreen(
    @NotNull LocalDateTime collectedAt,
    @NotNull Specimen specimen,
    boolean observed,
    List<AnalyteResult> results) {}
