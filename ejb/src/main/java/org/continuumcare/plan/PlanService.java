package org.continuumcare.plan;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.continuumcare.audit.Audited;
import org.continuumcare.episode.Episode;
import org.continuumcare.episode.Episodes;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.security.ChartAccess;
import org.continuumcare.security.Role;
import org.continuumcare.shared.ChangedBySomeoneElse;
import org.continuumcare.shared.Conflict;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.shared.WriteConflicts;
import org.continuumcare.worklist.WorkItem;

/**
 * Writing and keeping the treatment plan: load → the plan's verb → store. A review also closes the
 * plan-review items of the episode on the work list (the next one comes from the plan).
 */
@Stateless
public class PlanService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private ChartAccess access;
  @EJB private Episodes episodes;

  /** Writes the plan of an open episode (one per episode). */
  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.ADMINISTRATOR})
  public TreatmentPlan write(@NotNull UUID episodeId, LocalDate planDate) {
    Episode episode = episodes.readable(episodeId);
    if (episode.getDischargedOn() != null) {
      throw new RuleViolation(null, "workflow.episodeDischarged", episode.getDischargedOn());
    }
    if (find(episodeId).isPresent()) {
      throw new Conflict("plan.exists");
    }
    TreatmentPlan plan =
        TreatmentPlan.write(
            episodeId,
            episode.getPatient().getId(),
            planDate,
            episode.getAdmittedOn(),
            caller(),
            episodes.spanOf(episode).today());
    em.persist(plan);
    reviewsDone(episodeId);
    WriteConflicts.flush(em);
    return loaded(plan);
  }

  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.ADMINISTRATOR})
  public TreatmentPlan addProblem(@NotNull UUID planId, @NotNull NewProblem problem, Long version) {
    TreatmentPlan plan = changing(planId, version);
    plan.addProblem(problem);
    WriteConflicts.flush(em);
    return loaded(plan);
  }

  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.ADMINISTRATOR})
  public TreatmentPlan addObjective(
      @NotNull UUID planId, @NotNull UUID goalId, @NotNull NewObjective objective, Long version) {
    TreatmentPlan plan = changing(planId, version);
    plan.addObjective(goalId, objective);
    WriteConflicts.flush(em);
    return loaded(plan);
  }

  /** Records a review by the caller; the next review is due an interval after it. */
  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.ADMINISTRATOR})
  public TreatmentPlan review(
      @NotNull UUID planId, LocalDate reviewedOn, String summary, Long version) {
    TreatmentPlan plan = changing(planId, version);
    plan.review(reviewedOn, caller(), summary, today(plan));
    reviewsDone(plan.getEpisodeId());
    WriteConflicts.flush(em);
    return loaded(plan);
  }

  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.ADMINISTRATOR})
  public TreatmentPlan patientSigned(@NotNull UUID planId, LocalDate signedOn, Long version) {
    TreatmentPlan plan = changing(planId, version);
    plan.patientSigned(signedOn, today(plan));
    WriteConflicts.flush(em);
    return loaded(plan);
  }

  /** The episode's plan with the review due at its current level, if a plan was written. */
  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.PRESCRIBER, Role.NURSE, Role.ADMINISTRATOR})
  public Optional<PlanView> planOf(@NotNull UUID episodeId) {
    Episode episode = episodes.readable(episodeId);
    LevelOfCare level = episode.currentLevelOfCare().orElse(null);
    return find(episodeId).map(p -> new PlanView(loaded(p), level, p.reviewDueOn(level)));
  }

  private Optional<TreatmentPlan> find(UUID episodeId) {
    return em.createQuery(
            "select p from TreatmentPlan p where p.episodeId = :e", TreatmentPlan.class)
        .setParameter("e", episodeId)
        .getResultStream()
        .findFirst();
  }

  private TreatmentPlan changing(UUID planId, Long version) {
    TreatmentPlan plan = em.find(TreatmentPlan.class, planId);
    if (plan == null) {
      throw new RecordNotFound();
    }
    access.readablePatient(plan.getPatientId());
    ChangedBySomeoneElse.check(version, plan.getVersion());
    return loaded(plan);
  }

  /** The plan with all its parts read, for use after the transaction (screens, API). */
  private static TreatmentPlan loaded(TreatmentPlan plan) {
    plan.getReviews().size();
    plan.getProblems()
        .forEach(
            p ->
                p.getGoals()
                    .forEach(g -> g.getObjectives().forEach(o -> o.getInterventions().size())));
    return plan;
  }

  /** The plan is (re)viewed: the episode's open plan-review items on the work list are done. */
  private void reviewsDone(UUID episodeId) {
    em.createQuery(
            "update WorkItem w set w.doneAt = :now, w.doneBy = :by, w.version = w.version + 1"
                + " where w.episodeId = :episode and w.kind = :kind and w.doneAt is null")
        .setParameter("now", Instant.now())
        .setParameter("by", caller())
        .setParameter("episode", episodeId)
        .setParameter("kind", WorkItem.Kind.PLAN_REVIEW)
        .executeUpdate();
  }

  /** Today at the site of the plan's episode, its chart checked again. */
  private LocalDate today(TreatmentPlan plan) {
    return episodes.spanOf(episodes.readable(plan.getEpisodeId())).today();
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
