package org.continuumcare.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /patients/{id}/break-glass}: the reason is required. */
public class BreakGlassRequest {
  @NotBlank
  @Size(max = 2000)
  public String reason;
}
