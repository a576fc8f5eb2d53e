package org.continuumcare.web.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.continuumcare.mat.StopReason;

/** Body of {@code POST /mat-orders/{id}/stop}: {@code endedOn} is the first day without. */
public class MatStopRequest {
  @NotNull public LocalDate endedOn;

  @NotNull
  @CodeOf(StopReason.class)
  public String reason;
}
