package org.continuumcare.drugscreen;

import jakarta.validation.constraints.NotNull;

/** One analyte's result as the laboratory or the point-of-care cup reports it. */
public record AnalyteResult(@NotNull Analyte analyte, boolean positive) {}
