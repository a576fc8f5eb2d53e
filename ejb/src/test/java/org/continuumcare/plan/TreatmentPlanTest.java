package org.continuumcare.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class TreatmentPlanTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
  private static final LocalDate ADMITTED = LocalDate.of(2026, 1, 10);

  private static TreatmentPlan plan(LocalDate on) {
    return TreatmentPlan.write(UUID.randomUUID(), UUID.randomUUID(), on, ADMITTED, "c", TODAY);
  }

  @Test
  void theReviewIsDueAtTheCurrentLevelsIntervalFromTheLatestReview() {
    TreatmentPlan plan = plan(LocalDate.of(2026, 2, 1));
    assertEquals(LocalDate.of(2026, 2, 15), plan.reviewDueOn(LevelOfCare.RES));
    assertEquals(LocalDate.of(2026, 3, 3), plan.reviewDueOn(LevelOfCare.IOP));
    assertEquals(LocalDate.of(2026, 5, 2), plan.reviewDueOn(LevelOfCare.OP));
    assertNull(plan.reviewDueOn(LevelOfCare.WM));
    plan.review(LocalDate.of(2026, 2, 20), "c", "On track", TODAY);
    assertEquals(LocalDate.of(2026, 3, 6), plan.reviewDueOn(LevelOfCare.RES));
    assertEquals(
        "plan.reviewOutOfOrder",
        assertThrows(
                RuleViolation.class, () -> plan.review(LocalDate.of(2026, 2, 19), "c", "s", TODAY))
            .key());
  }

  @Test
  void datesAreInOrder() {
    assertEquals(
        "plan.beforeAdmission",
        assertThrows(RuleViolation.class, () -> plan(ADMITTED.minusDays(1))).key());
    assertEquals(
        "plan.dateInFuture",
        assertThrows(RuleViolation.class, () -> plan(TODAY.plusDays(1))).key());
    TreatmentPlan plan = plan(LocalDate.of(2026, 2, 1));
    RuleViolation early =
        assertThrows(
            RuleViolation.class,
            () ->
                plan.addProblem(
                    new NewProblem(
                        AsamDimension.BIOMEDICAL,
                        "p",
                        "g",
                        new NewObjective("o", LocalDate.of(2026, 1, 31), List.of("i")))));
    assertEquals("targetOn", early.field());
    assertEquals(0, plan.getProblems().size());
    plan.addProblem(
        new NewProblem(
            AsamDimension.BIOMEDICAL,
            "p",
            "g",
            new NewObjective("o", LocalDate.of(2026, 2, 1), List.of("i", " "))));
    assertEquals(
        List.of("i"),
        plan.getProblems().get(0).getGoals().get(0).getObjectives().get(0).getInterventions());
  }

  @Test
  void dimensionsAreNumberedOneToSix() {
    assertEquals(AsamDimension.ACUTE_INTOXICATION_WITHDRAWAL, AsamDimension.of(1));
    assertEquals(AsamDimension.RECOVERY_ENVIRONMENT, AsamDimension.of(6));
  }
}
