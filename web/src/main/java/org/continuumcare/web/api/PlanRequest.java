package org.continuumcare.web.api;

import java.time.LocalDate;

/** Body of {@code POST /episodes/{id}/treatment-plan}: the plan date (rules: the plan's). */
public class PlanRequest {
  public LocalDate planDate;
}
