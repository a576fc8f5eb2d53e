package org.continuumcare.web.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Body of {@code POST /patients/{id}/recovery/relapses}; {@code version} of the profile read. */
public class RelapseRequest {
  @NotNull public LocalDate occurredOn;
  public String note;
  public Long version;
}
