package org.continuumcare.web.api;

import java.time.LocalDate;
import java.util.List;
import org.continuumcare.plan.NewObjective;

/**
 * Body of {@code POST /episodes/{id}/treatment-plan/goals/{goalId}/objectives}: a measurable
 * objective with its target date and interventions, and the {@code version} of the plan read. The
 * plan's rules report a missing part or a target before the plan date, each on its field.
 */
public class PlanObjectiveRequest {
  public String statement;
  public LocalDate targetOn;
  public List<String> interventions;
  public Long version;

  NewObjective toObjective() {
    return new NewObjective(statement, targetOn, interventions);
  }
}
