package org.continuumcare.web.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.continuumcare.mat.Phase;

/** Body of {@code POST /mat-orders/{id}/phases}. */
public class MatPhaseRequest {
  @NotNull
  @CodeOf(Phase.class)
  public String phase;

  @NotNull public LocalDate effectiveOn;
}
