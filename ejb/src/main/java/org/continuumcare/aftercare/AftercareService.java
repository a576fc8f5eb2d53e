package org.continuumcare.aftercare;

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
import java.util.UUID;
import org.continuumcare.audit.Audited;
import org.continuumcare.episode.Episode;
import org.continuumcare.episode.Episodes;
import org.continuumcare.security.ChartAccess;
import org.continuumcare.security.Role;
import org.continuumcare.shared.ChangedBySomeoneElse;
import org.continuumcare.shared.Conflict;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.WriteConflicts;
import org.continuumcare.worklist.WorkItem;

/**
 * The aftercare plan of an episode (one per episode, written around discharge) with its referrals,
 * and the outcomes of the follow-up contacts the discharge scheduled. Recording a contact closes
 * its item on the work list.
 */
@Stateless
public class AftercareService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private ChartAccess access;
  @EJB private Episodes episodes;

  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.ADMINISTRATOR})
  public AftercarePlan write(@NotNull UUID episodeId, LocalDate plannedOn) {
    Episode episode = episodes.readable(episodeId);
    boolean exists =
        em.createQuery("select count(p) from AftercarePlan p where p.episodeId = :e", Long.class)
                .setParameter("e", episodeId)
                .getSingleResult()
            > 0;
    if (exists) {
      throw new Conflict("aftercare.exists");
    }
    AftercarePlan plan =
        AftercarePlan.write(
            episodeId, episode.getPatient().getId(), plannedOn, episodes.spanOf(episode), caller());
    em.persist(plan);
    WriteConflicts.flush(em);
    return plan;
  }

  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.ADMINISTRATOR})
  public AftercarePlan refer(@NotNull UUID planId, @NotNull NewReferral referral, Long version) {
    AftercarePlan plan = em.find(AftercarePlan.class, planId);
    if (plan == null) {
      throw new RecordNotFound();
    }
    access.readablePatient(plan.getPatientId());
    ChangedBySomeoneElse.check(version, plan.getVersion());
    plan.refer(referral);
    WriteConflicts.flush(em);
    plan.getReferrals().size();
    return plan;
  }

  /** Records how a follow-up contact went; its work-list item is done. */
  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.ADMINISTRATOR})
  public FollowUp recordContact(
      @NotNull UUID followUpId,
      LocalDate contactedOn,
      FollowUpOutcome outcome,
      String note,
      Long version) {
    FollowUp followUp = em.find(FollowUp.class, followUpId);
    if (followUp == null) {
      throw new RecordNotFound();
    }
    access.readablePatient(followUp.getPatientId());
    ChangedBySomeoneElse.check(version, followUp.getVersion());
    Episode episode = em.find(Episode.class, followUp.getEpisodeId());
    followUp.record(contactedOn, outcome, note, caller(), episodes.spanOf(episode).today());
    em.createQuery(
            "update WorkItem w set w.doneAt = :now, w.doneBy = :by, w.version = w.version + 1"
                + " where w.ref = :ref and w.kind = :kind and w.doneAt is null")
        .setParameter("now", Instant.now())
        .setParameter("by", caller())
        .setParameter("ref", "follow_up:" + followUpId)
        .setParameter("kind", WorkItem.Kind.FOLLOW_UP)
        .executeUpdate();
    WriteConflicts.flush(em);
    return followUp;
  }

  /** The episode's aftercare plan (if written) and follow-up contacts, earliest due first. */
  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.PRESCRIBER, Role.NURSE, Role.ADMINISTRATOR})
  public AftercareView aftercareOf(@NotNull UUID episodeId) {
    episodes.readable(episodeId);
    AftercarePlan plan =
        em.createQuery("select p from AftercarePlan p where p.episodeId = :e", AftercarePlan.class)
            .setParameter("e", episodeId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (plan != null) {
      plan.getReferrals().size();
    }
    return new AftercareView(
        plan,
        em.createQuery(
                "select f from FollowUp f where f.episodeId = :e order by f.dueOn", FollowUp.class)
            .setParameter("e", episodeId)
            .getResultList());
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
