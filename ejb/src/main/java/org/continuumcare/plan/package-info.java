/**
 * The treatment plan of an episode (DESIGN.md §3.3): problems tied to the six ASAM dimensions, each
 * with goals, measurable objectives with target dates and their interventions; reviews at the
 * interval of the current level of care ({@link org.continuumcare.levelofcare.LevelOfCare
 * #planReviewDays()}), each setting the next due date. The plan is one aggregate: {@link
 * TreatmentPlan} owns its rules, {@link PlanService} loads, applies a verb and stores.
 */
package org.continuumcare.plan;
