package org.continuumcare.web.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Body of {@code POST /patients/{id}/mat-declined}. */
public class MatDeclinedRequest {
  @NotNull public LocalDate decidedOn;
}
