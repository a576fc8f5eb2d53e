package org.continuumcare.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.RuleViolation;

/**
 * The treatment plan of one episode, written on its plan date and kept up to date: problems (each
 * tied to an ASAM dimension) with goals, measurable objectives and interventions, and reviews. The
 * next review is due a level-of-care interval after the latest review (or the plan date): it is
 * derived from the current level, so a step-down or step-up changes it without anyone resetting a
 * date. Every change bumps the version: a change made against a stale version is refused.
 */
@Entity
@Table(name = "treatment_plan")
public class TreatmentPlan {

  @Id private UUID id;
  private UUID episodeId;
  private UUID patientId;
  private LocalDate planDate;
  private String writtenBy;
  private LocalDate patientSignedOn;
  private LocalDate lastReviewedOn;
  private Instant changedAt;
  @Version private long version;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "plan_id", nullable = false)
  @OrderBy("position")
  private List<Problem> problems = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "plan_id", nullable = false)
  @OrderBy("reviewedOn desc, recordedAt desc")
  private List<PlanReview> reviews = new ArrayList<>();

  protected TreatmentPlan() {}

  private TreatmentPlan(UUID episodeId, UUID patientId, LocalDate planDate, String writtenBy) {
    this.id = UUID.randomUUID();
    this.episodeId = episodeId;
    this.patientId = patientId;
    this.planDate = planDate;
    this.writtenBy = writtenBy;
    this.changedAt = Instant.now();
  }

  /**
   * A new plan for an episode admitted on {@code admittedOn}: dated on or after the admission and
   * not in the future.
   */
  public static TreatmentPlan write(
      UUID episodeId,
      UUID patientId,
      LocalDate planDate,
      LocalDate admittedOn,
      String writtenBy,
      LocalDate today) {
    if (planDate == null) {
      throw new RuleViolation("planDate", "plan.dateRequired");
    }
    if (planDate.isAfter(today)) {
      throw new RuleViolation("planDate", "plan.dateInFuture");
    }
    if (planDate.isBefore(admittedOn)) {
      throw new RuleViolation("planDate", "plan.beforeAdmission", admittedOn);
    }
    return new TreatmentPlan(episodeId, patientId, planDate, writtenBy);
  }

  /** Adds a problem with its first goal and objective (the objective's interventions with it). */
  public Problem addProblem(NewProblem p) {
    if (p.dimension() == null) {
      throw new RuleViolation("dimension", "plan.dimensionRequired");
    }
    required("problem", p.problem(), "plan.problemRequired");
    required("goal", p.goal(), "plan.goalRequired");
    NewObjective objective = p.objective();
    checkObjective(objective);
    Problem problem = new Problem(problems.size(), p.dimension(), p.problem().strip());
    problem
        .add(p.goal().strip())
        .add(objective.statement().strip(), objective.targetOn(), interventions(objective));
    problems.add(problem);
    changed();
    return problem;
  }

  /** Adds a measurable objective to a goal of this plan. */
  public Objective addObjective(UUID goalId, NewObjective objective) {
    Goal goal =
        problems.stream()
            .flatMap(p -> p.getGoals().stream())
            .filter(g -> g.getId().equals(goalId))
            .findFirst()
            .orElseThrow(RecordNotFound::new);
    checkObjective(objective);
    Objective added =
        goal.add(objective.statement().strip(), objective.targetOn(), interventions(objective));
    changed();
    return added;
  }

  /**
   * Records a review: on or after the latest review (or the plan date), not in the future, with a
   * summary. The next review falls due an interval after it.
   */
  public PlanReview review(LocalDate reviewedOn, String by, String summary, LocalDate today) {
    if (reviewedOn == null) {
      throw new RuleViolation("reviewedOn", "plan.reviewDateRequired");
    }
    if (reviewedOn.isAfter(today)) {
      throw new RuleViolation("reviewedOn", "plan.dateInFuture");
    }
    if (reviewedOn.isBefore(reviewBasis())) {
      throw new RuleViolation("reviewedOn", "plan.reviewOutOfOrder", reviewBasis());
    }
    required("summary", summary, "plan.summaryRequired");
    PlanReview review = new PlanReview(reviewedOn, by, summary.strip());
    reviews.add(0, review);
    lastReviewedOn = reviewedOn;
    changed();
    return review;
  }

  /** Records the day the patient signed the plan (on or after the plan date, not in the future). */
  public void patientSigned(LocalDate on, LocalDate today) {
    if (on == null || on.isAfter(today) || on.isBefore(planDate)) {
      throw new RuleViolation("patientSignedOn", "plan.signedOutOfRange", planDate);
    }
    patientSignedOn = on;
    changed();
  }

  /**
   * The day the next review is due at {@code level}: its interval after the latest review or the
   * plan date; {@code null} where the level reviews no plan on a cycle (WM: daily notes instead).
   */
  public LocalDate reviewDueOn(LevelOfCare level) {
    if (level == null || level.planReviewDays() <= 0) {
      return null;
    }
    return reviewBasis().plusDays(level.planReviewDays());
  }

  /** The day the review cycle counts from: the latest review, else the plan date. */
  public LocalDate reviewBasis() {
    return lastReviewedOn != null ? lastReviewedOn : planDate;
  }

  private void checkObjective(NewObjective objective) {
    if (objective == null) {
      throw new RuleViolation("objective", "plan.objectiveRequired");
    }
    required("objective", objective.statement(), "plan.objectiveRequired");
    if (objective.targetOn() == null) {
      throw new RuleViolation("targetOn", "plan.targetRequired");
    }
    if (objective.targetOn().isBefore(planDate)) {
      throw new RuleViolation("targetOn", "plan.targetBeforePlan", planDate);
    }
    if (interventions(objective).isEmpty()) {
      throw new RuleViolation("interventions", "plan.interventionRequired");
    }
  }

  private static List<String> interventions(NewObjective objective) {
    return objective.interventions() == null
        ? List.of()
        : objective.interventions().stream()
            .filter(i -> i != null && !i.isBlank())
            .map(String::strip)
            .toList();
  }

  private static void required(String field, String value, String key) {
    if (value == null || value.isBlank()) {
      throw new RuleViolation(field, key);
    }
  }

  private void changed() {
    changedAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  public UUID getEpisodeId() {
    return episodeId;
  }

  public UUID getPatientId() {
    return patientId;
  }

  public LocalDate getPlanDate() {
    return planDate;
  }

  public String getWrittenBy() {
    return writtenBy;
  }

  public LocalDate getPatientSignedOn() {
    return patientSignedOn;
  }

  public LocalDate getLastReviewedOn() {
    return lastReviewedOn;
  }

  public long getVersion() {
    return version;
  }

  public List<Problem> getProblems() {
    return problems;
  }

  public List<PlanReview> getReviews() {
    return reviews;
  }
}
