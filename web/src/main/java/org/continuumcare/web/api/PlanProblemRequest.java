package org.continuumcare.web.api;

import org.continuumcare.plan.AsamDimension;
import org.continuumcare.plan.NewProblem;

/**
 * Body of {@code POST /episodes/{id}/treatment-plan/problems}: a problem in an ASAM {@code
 * dimension} with its first goal and measurable {@code objective} (statement, targetOn,
 * interventions), and the {@code version} of the plan read.
 */
public class PlanProblemRequest {
  @CodeOf(AsamDimension.class)
  public String dimension;

  public String problem;
  public String goal;
  public PlanObjectiveRequest objective;
  public Long version;

  NewProblem toProblem() {
    return new NewProblem(
        dimension == null ? null : AsamDimension.valueOf(dimension),
        problem,
        goal,
        objective == null ? null : objective.toObjective());
  }
}
