package org.continuumcare.web.api;

import java.time.LocalDate;

/** Body of {@code POST /episodes/{id}/treatment-plan/reviews}, with the plan's {@code version}. */
public class PlanReviewRequest {
  public LocalDate reviewedOn;
  public String summary;
  public Long version;
}
