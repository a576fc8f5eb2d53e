package org.continuumcare.worklist;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.util.Arrays;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.shared.Today;

/**
 * Puts due work on the work list: follow-up contacts due within a week (or overdue), and the
 * treatment-plan reviews at the current level's review interval — counted from the latest review
 * (or the plan date) once the episode has a treatment plan, before that from the open stay's start
 * (a reminder that the plan is due). A non-persistent timer every 15 minutes and once at start
 * (catching up on runs missed while down). Each item's {@code ref} is unique, so the job is
 * idempotent — safe to rerun and to run on several instances.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoData"})
public class WorkListJob {

  private static final Logger LOG = Logger.getLogger(WorkListJob.class.getName());
  static final int LOOK_AHEAD_DAYS = 7;

  @PersistenceContext private EntityManager em;
  @Inject private Today today;

  @PostConstruct
  void atStart() {
    refresh();
  }

  @Schedule(hour = "*", minute = "*/15", persistent = false)
  void every15Minutes() {
    refresh();
  }

  /** Creates the items now due; returns how many were new. */
  public int refresh() {
    Date horizon = Date.valueOf(today.in(null).plusDays(LOOK_AHEAD_DAYS));
    int followUps =
        em.createNativeQuery(
                "insert into work_item (id, kind, ref, patient_id, episode_id, due_on, assigned_to)"
                    + " select gen_random_uuid(), 'FOLLOW_UP', 'follow_up:' || f.id, f.patient_id,"
                    + " f.episode_id, f.due_on, e.primary_counselor"
                    + " from follow_up f join episode e on e.id = f.episode_id"
                    + " where f.contacted_on is null and f.due_on <= :horizon"
                    + " on conflict (ref) do nothing")
            .setParameter("horizon", horizon)
            .executeUpdate();
    int reviews =
        em.createNativeQuery(
                "insert into work_item (id, kind, ref, patient_id, episode_id, due_on, assigned_to)"
                    + " select gen_random_uuid(), 'PLAN_REVIEW',"
                    + " 'plan_review:' || s.id || ':' || k.n, s.patient_id, s.episode_id,"
                    + " s.start_on + k.n * r.days, e.primary_counselor"
                    + " from stay s join episode e on e.id = s.episode_id"
                    + " join (values "
                    + reviewIntervals()
                    + ") r(level, days) on r.level = s.level_of_care"
                    + " cross join lateral (select (cast(:horizon as date) - s.start_on) / r.days"
                    + "   as n) k"
                    + " where s.end_on is null and k.n >= 1"
                    + " and not exists (select 1 from treatment_plan tp"
                    + "   where tp.episode_id = s.episode_id)"
                    + " on conflict (ref) do nothing")
            .setParameter("horizon", horizon)
            .executeUpdate();
    int planReviews =
        em.createNativeQuery(
                "insert into work_item (id, kind, ref, patient_id, episode_id, due_on, assigned_to)"
                    + " select gen_random_uuid(), 'PLAN_REVIEW',"
                    + " 'plan_review:' || tp.id || ':' || b.basis, tp.patient_id, tp.episode_id,"
                    + " b.basis + r.days, e.primary_counselor"
                    + " from treatment_plan tp join episode e on e.id = tp.episode_id"
                    + " join stay s on s.episode_id = tp.episode_id and s.end_on is null"
                    + " join (values "
                    + reviewIntervals()
                    + ") r(level, days) on r.level = s.level_of_care"
                    + " cross join lateral (select coalesce(tp.last_reviewed_on, tp.plan_date)"
                    + "   as basis) b"
                    + " where e.discharged_on is null and b.basis + r.days <= :horizon"
                    + " on conflict (ref) do nothing")
            .setParameter("horizon", horizon)
            .executeUpdate();
    int due = followUps + reviews + planReviews;
    if (due > 0) {
      LOG.info(
          () ->
              "Work list: "
                  + followUps
                  + " follow-ups and "
                  + (reviews + planReviews)
                  + " reviews due");
    }
    return due;
  }

  /** The review intervals of the catalogue as SQL rows — one definition, in {@link LevelOfCare}. */
  private static String reviewIntervals() {
    return Arrays.stream(LevelOfCare.values())
        .filter(l -> l.planReviewDays() > 0)
        .map(l -> "('" + l.name() + "', " + l.planReviewDays() + ")")
        .collect(Collectors.joining(", "));
  }
}
