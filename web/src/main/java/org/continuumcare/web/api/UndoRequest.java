package org.continuumcare.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /episodes/{id}/undo}. */
public class UndoRequest {
  @NotBlank
  @Size(max = 2000)
  public String reason;

  public Long version;
}
