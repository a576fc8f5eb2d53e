package org.continuumcare.web.api;

import java.time.LocalDate;

/**
 * Body of {@code POST /episodes/{id}/aftercare-plan}: the day it was planned (within the episode).
 */
public class AftercarePlanRequest {
  public LocalDate plannedOn;
}
