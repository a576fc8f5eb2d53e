package org.continuumcare.plan;

/**
 * A problem to add to a plan with its first goal and measurable objective. Field checks are the
 * plan's rules ({@link TreatmentPlan#addProblem}), so screens and API get the same messages.
 */
public record NewProblem(
    AsamDimension dimension, String problem, String goal, NewObjective objective) {}
