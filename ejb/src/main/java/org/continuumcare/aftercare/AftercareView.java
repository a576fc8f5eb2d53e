package org.continuumcare.aftercare;

import java.util.List;

/** An episode's aftercare: the plan (null until written) and the follow-up contacts. */
public record AftercareView(AftercarePlan plan, List<FollowUp> followUps) {

  public AftercarePlan getPlan() {
    return plan;
  }

  public List<FollowUp> getFollowUps() {
    return followUps;
  }
}
