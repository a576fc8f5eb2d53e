package org.continuumcare.plan;

import java.time.LocalDate;
import java.util.List;

/** A measurable objective: what, by when (not before the plan date), and the interventions. */
public record NewObjective(String statement, LocalDate targetOn, List<String> interventions) {}
