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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.continuumcare.consent.Renewal;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.recovery.Milestone;
import org.continuumcare.scores.Instrument;
import org.continuumcare.scores.Reassessment;
import org.continuumcare.shared.Today;

/**
 * Puts due work on the work list, every 15 minutes (a non-persistent timer) and once at start
 * (catching up on runs missed while down). One set-based insert per kind; each item's {@code ref}
 * is unique, so the job is idempotent — safe to rerun and to run on several instances.
 *
 * <ul>
 *   <li>FOLLOW_UP: follow-up contacts due within {@value #LOOK_AHEAD_DAYS} days (or overdue).
 *   <li>PLAN_REVIEW: the treatment-plan reviews at the current level's review interval — counted
 *       from the latest review (or the plan date) once the episode has a treatment plan, before
 *       that from the open stay's start (a reminder that the plan is due).
 *   <li>CONSENT_EXPIRING: a Part 2 consent, not revoked and not {@linkplain Renewal renewed}, whose
 *       expiry date falls within {@value #CONSENT_LOOK_AHEAD_DAYS} days — long enough to see the
 *       patient and have a renewal signed. Due on the expiry date, for the primary counselor of the
 *       open episode; none without an open episode (nobody is treating the patient). One per
 *       consent; revoking it or capturing its renewal marks it done ({@code ConsentService}).
 *   <li>WITHDRAWAL_REASSESSMENT: during an open WM stay, a COWS/CIWA-Ar overdue by the rule of
 *       {@link Reassessment} (every {@link Reassessment#INTERVAL} after the last score of the stay,
 *       or from the stay's start). Due today, unassigned: the nurses' pool ({@link
 *       WorkItem.Kind#pool()}). One per due instant; recording a withdrawal score marks the
 *       patient's open ones done ({@code ScoreService}), and the job itself marks them done once
 *       the patient has left WM.
 *   <li>SOBRIETY_MILESTONE: a {@link Milestone} of the recovery profile's sobriety date reached
 *       within {@value #LOOK_AHEAD_DAYS} days (from today; one already passed is not put on the
 *       list). Due on the milestone date, for the primary counselor of the open episode. One per
 *       (patient, sobriety date, milestone): a relapse or a corrected sobriety date marks the open
 *       ones done ({@code RecoveryService}) and the new date brings fresh ones.
 * </ul>
 *
 * <p>(SAFETY_CHECK items are put on the list by {@code ScoreService} in the transaction of the
 * screen that raises the concern.)
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoData"})
public class WorkListJob {

  private static final Logger LOG = Logger.getLogger(WorkListJob.class.getName());
  static final int LOOK_AHEAD_DAYS = 7;
  static final int CONSENT_LOOK_AHEAD_DAYS = 14;

  /** Who marks items done that the job itself finds moot. */
  static final String JOB = "work-list-job";

  private static final String INSERT =
      "insert into work_item (id, kind, ref, patient_id, episode_id, due_on, assigned_to, detail)";

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
    LocalDate on = today.in(null);
    int consents = consentsExpiring(on);
    int reassessments = withdrawalReassessments(on);
    int milestones = sobrietyMilestones(on);
    int moot = reassessmentsAfterWm();
    int due = followUps + reviews + planReviews + consents + reassessments + milestones;
    if (due > 0 || moot > 0) {
      LOG.info(
          () ->
              String.format(
                  "Work list: %d follow-ups, %d reviews, %d expiring consents, %d withdrawal"
                      + " reassessments, %d sobriety milestones due; %d reassessments moot"
                      + " (left WM)",
                  followUps, reviews + planReviews, consents, reassessments, milestones, moot));
    }
    return due;
  }

  private int consentsExpiring(LocalDate on) {
    return em.createNativeQuery(
            INSERT
                + " select gen_random_uuid(), 'CONSENT_EXPIRING', 'consent_expiring:' || c.id,"
                + " c.patient_id, e.id, c.expires_on, e.primary_counselor,"
                + " left(c.recipient_name || ' — ' || c.purpose_detail, 200)"
                + " from consent c"
                + " join episode e on e.patient_id = c.patient_id and e.discharged_on is null"
                + " where c.revoked_at is null and c.expires_on > :today"
                + " and c.expires_on <= :horizon and not "
                + Renewal.OF_C
                + " on conflict (ref) do nothing")
        .setParameter("today", Date.valueOf(on))
        .setParameter("horizon", Date.valueOf(on.plusDays(CONSENT_LOOK_AHEAD_DAYS)))
        .executeUpdate();
  }

  /**
   * The rule of {@link Reassessment} in SQL: the stay starts at the start of its first day in the
   * patient's site's time zone (as the chart counts it); the latest COWS/CIWA-Ar taken since then
   * makes the next one due an interval later.
   */
  private int withdrawalReassessments(LocalDate on) {
    return em.createNativeQuery(
            INSERT
                + " select gen_random_uuid(), 'WITHDRAWAL_REASSESSMENT',"
                + " 'withdrawal_reassessment:' || s.id || ':'"
                + "   || cast(floor(extract(epoch from d.due_at)) as bigint),"
                + " s.patient_id, s.episode_id, :today, null,"
                + " case when l.taken_at is null"
                + "   then 'No COWS/CIWA-Ar since WM began; due since '"
                + "     || to_char(d.due_at at time zone z.zone, :format)"
                + "   else 'Last ' || i.label || ' ' || l.total || ' at '"
                + "     || to_char(l.taken_at at time zone z.zone, :format)"
                + "     || '; due since ' || to_char(d.due_at at time zone z.zone, :format) end"
                + " from stay s join patient p on p.id = s.patient_id"
                + " join site st on st.id = p.site_id"
                + " cross join lateral (select coalesce(st.time_zone, :zone) as zone) z"
                + " cross join lateral (select cast(s.start_on as timestamp) at time zone z.zone"
                + "   as started_at) b"
                + " left join lateral (select cs.instrument, cs.total, cs.taken_at"
                + "   from clinical_score cs where cs.patient_id = s.patient_id"
                + "   and cs.instrument in ("
                + withdrawalInstruments()
                + ") and cs.taken_at >= b.started_at"
                + "   order by cs.taken_at desc, cs.recorded_at desc limit 1) l on true"
                + " left join (values "
                + instrumentLabels()
                + ") i(instrument, label) on i.instrument = l.instrument"
                + " cross join lateral (select coalesce(l.taken_at"
                + "   + cast(:interval as integer) * interval '1 second', b.started_at) as due_at) d"
                + " where s.end_on is null and s.level_of_care = 'WM' and d.due_at < now()"
                + " on conflict (ref) do nothing")
        .setParameter("today", Date.valueOf(on))
        .setParameter("zone", ZoneId.systemDefault().getId())
        .setParameter("interval", (int) Reassessment.INTERVAL.toSeconds())
        .setParameter("format", "YYYY-MM-DD HH24:MI")
        .executeUpdate();
  }

  /** Open reassessments of a patient no longer in WM (transferred or discharged) are moot. */
  private int reassessmentsAfterWm() {
    return em.createNativeQuery(
            "update work_item w set done_at = now(), done_by = :job, version = version + 1"
                + " where w.kind = 'WITHDRAWAL_REASSESSMENT' and w.done_at is null"
                + " and not exists (select 1 from stay s where s.episode_id = w.episode_id"
                + "   and s.end_on is null and s.level_of_care = 'WM')")
        .setParameter("job", JOB)
        .executeUpdate();
  }

  private int sobrietyMilestones(LocalDate on) {
    return em.createNativeQuery(
            INSERT
                + " select gen_random_uuid(), 'SOBRIETY_MILESTONE', 'sobriety_milestone:'"
                + "   || r.patient_id || ':' || to_char(r.sobriety_date, 'YYYY-MM-DD')"
                + "   || ':' || m.days,"
                + " r.patient_id, e.id, r.sobriety_date + m.days, e.primary_counselor,"
                + " m.label || ' sober (since ' || to_char(r.sobriety_date, 'YYYY-MM-DD') || ')'"
                + " from recovery_profile r"
                + " join episode e on e.patient_id = r.patient_id and e.discharged_on is null"
                + " cross join (values "
                + milestones()
                + ") m(days, label)"
                + " where r.sobriety_date + m.days between :today and :horizon"
                + " on conflict (ref) do nothing")
        .setParameter("today", Date.valueOf(on))
        .setParameter("horizon", Date.valueOf(on.plusDays(LOOK_AHEAD_DAYS)))
        .executeUpdate();
  }

  /** The milestones as SQL rows (days, label) — one definition, in {@link Milestone}. */
  private static String milestones() {
    return Arrays.stream(Milestone.values())
        .map(
            m ->
                "("
                    + m.days()
                    + ", '"
                    + (m == Milestone.DAYS_365 ? "1 year" : m.days() + " days")
                    + "')")
        .collect(Collectors.joining(", "));
  }

  private static String withdrawalInstruments() {
    return Instrument.of(true).stream()
        .map(i -> "'" + i.name() + "'")
        .collect(Collectors.joining(", "));
  }

  private static String instrumentLabels() {
    return Instrument.of(true).stream()
        .map(i -> "('" + i.name() + "', '" + i.label() + "')")
        .collect(Collectors.joining(", "));
  }

  /** The review intervals of the catalogue as SQL rows — one definition, in {@link LevelOfCare}. */
  private static String reviewIntervals() {
    return Arrays.stream(LevelOfCare.values())
        .filter(l -> l.planReviewDays() > 0)
        .map(l -> "('" + l.name() + "', " + l.planReviewDays() + ")")
        .collect(Collectors.joining(", "));
  }
}
