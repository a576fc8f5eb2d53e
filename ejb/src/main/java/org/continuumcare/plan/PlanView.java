package org.continuumcare.plan;

import java.time.LocalDate;
import org.continuumcare.levelofcare.LevelOfCare;

/** A plan as the chart shows it: the plan, the current level and the review due at that level. */
public record PlanView(TreatmentPlan plan, LevelOfCare level, LocalDate reviewDueOn) {

  public TreatmentPlan getPlan() {
    return plan;
  }

  public LevelOfCare getLevel() {
    return level;
  }

  public LocalDate getReviewDueOn() {
    return reviewDueOn;
  }
}
