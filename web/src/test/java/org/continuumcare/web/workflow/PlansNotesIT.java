package org.continuumcare.web.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.continuumcare.aftercare.AftercarePlan;
import org.continuumcare.aftercare.AftercareService;
import org.continuumcare.aftercare.AftercareView;
import org.continuumcare.aftercare.FollowUp;
import org.continuumcare.aftercare.FollowUpOutcome;
import org.continuumcare.aftercare.NewReferral;
import org.continuumcare.aftercare.ReferralKind;
import org.continuumcare.episode.Admission;
import org.continuumcare.episode.Discharge;
import org.continuumcare.episode.DischargeReason;
import org.continuumcare.episode.EpisodeService;
import org.continuumcare.episode.ReferralSource;
import org.continuumcare.intake.IntakeService;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.note.Attendance;
import org.continuumcare.note.NewGroupSession;
import org.continuumcare.note.NewGroupSession.Participant;
import org.continuumcare.note.NewNote;
import org.continuumcare.note.NoteService;
import org.continuumcare.note.NoteView;
import org.continuumcare.note.ProgressNote;
import org.continuumcare.note.SessionType;
import org.continuumcare.patient.PatientRegistration;
import org.continuumcare.patient.SexAtBirth;
import org.continuumcare.patient.Substance;
import org.continuumcare.plan.AsamDimension;
import org.continuumcare.plan.NewObjective;
import org.continuumcare.plan.NewProblem;
import org.continuumcare.plan.PlanService;
import org.continuumcare.plan.PlanView;
import org.continuumcare.plan.TreatmentPlan;
import org.continuumcare.shared.ChangedBySomeoneElse;
import org.continuumcare.shared.Conflict;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.web.testing.Deployments;
import org.continuumcare.worklist.WorkListJob;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The treatment plan, progress notes, group sessions and the aftercare plan inside Payara Micro
 * against PostgreSQL: their rules (refused calls write nothing), signed-note immutability down to
 * the database, the group session as one transaction, chart access, and the audit rows.
 */
@ExtendWith(ArquillianExtension.class)
class PlansNotesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.inContainerWithCallers(PlansNotesIT.class);
  }

  @EJB IntakeService intake;
  @EJB EpisodeService episodes;
  @EJB PlanService plans;
  @EJB NoteService notes;
  @EJB AftercareService aftercare;
  @EJB WorkListJob workListJob;
  @EJB Callers.AsIntake asIntake;
  @EJB Callers.AsCounselor asCounselor;
  @EJB Callers.AsAdministrator asAdmin;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;

  private final LocalDate today = LocalDate.now();

  @Test
  void aPlanHasProblemsByDimensionAndItsReviewIsDueByLevelOfCare() throws Exception {
    UUID patientId = admit(LevelOfCare.RES, today.minusDays(20), "counselor");
    UUID episodeId = openEpisodeId(patientId);
    // Before the plan exists the stay's cycle reminds of it; the plan then takes over.
    TreatmentPlan plan = asCounselor.call(() -> plans.write(episodeId, today.minusDays(18)));
    assertEquals(
        0L,
        count(
            "select count(*) from work_item where episode_id = ?1 and done_at is null", episodeId));
    TreatmentPlan withProblem =
        asCounselor.call(
            () -> plans.addProblem(plan.getId(), problem(today.plusDays(30)), plan.getVersion()));
    assertEquals(1, withProblem.getVersion());
    assertEquals(
        AsamDimension.RELAPSE_CONTINUED_USE, withProblem.getProblems().get(0).getDimension());
    assertEquals(
        List.of("Relapse-prevention group 3x weekly", "Craving log"),
        withProblem
            .getProblems()
            .get(0)
            .getGoals()
            .get(0)
            .getObjectives()
            .get(0)
            .getInterventions());

    PlanView view = asCounselor.call(() -> plans.planOf(episodeId)).orElseThrow();
    assertEquals(today.minusDays(4), view.reviewDueOn()); // RES: every 14 days from the plan date

    workListJob.refresh();
    assertEquals(
        1L,
        count(
            "select count(*) from work_item where episode_id = ?1 and kind = 'PLAN_REVIEW'"
                + " and done_at is null and due_on = current_date - 4 and ref like 'plan_review:"
                + plan.getId()
                + "%'",
            episodeId));

    TreatmentPlan reviewed =
        asCounselor.call(
            () ->
                plans.review(
                    plan.getId(), today.minusDays(1), "Attending groups; craving down", 1L));
    assertEquals("counselor", reviewed.getReviews().get(0).getReviewedBy());
    assertEquals(
        today.plusDays(13),
        asCounselor.call(() -> plans.planOf(episodeId)).orElseThrow().reviewDueOn());
    assertEquals(
        0L,
        count(
            "select count(*) from work_item where episode_id = ?1 and kind = 'PLAN_REVIEW'"
                + " and done_at is null",
            episodeId));
    // A stale version is refused; a second plan for the episode too.
    assertThrows(
        ChangedBySomeoneElse.class,
        () -> asCounselor.call(() -> plans.addProblem(plan.getId(), problem(today), 1L)));
    assertThrows(Conflict.class, () -> asCounselor.call(() -> plans.write(episodeId, today)));
  }

  @Test
  void aRefusedPlanChangeWritesNothing() throws Exception {
    UUID patientId = admit(LevelOfCare.IOP, today.minusDays(10), "counselor");
    UUID episodeId = openEpisodeId(patientId);
    assertEquals(
        "plan.beforeAdmission", refused(() -> plans.write(episodeId, today.minusDays(11))).key());
    assertEquals(
        "plan.dateInFuture", refused(() -> plans.write(episodeId, today.plusDays(1))).key());
    assertEquals(0L, count("select count(*) from treatment_plan where episode_id = ?1", episodeId));

    TreatmentPlan plan = asCounselor.call(() -> plans.write(episodeId, today.minusDays(5)));
    RuleViolation target =
        refused(() -> plans.addProblem(plan.getId(), problem(today.minusDays(6)), 0L));
    assertEquals("targetOn", target.field());
    assertEquals("plan.targetBeforePlan", target.key());
    RuleViolation noGoal =
        refused(
            () ->
                plans.addProblem(
                    plan.getId(),
                    new NewProblem(
                        AsamDimension.BIOMEDICAL,
                        "Hepatitis C untreated",
                        " ",
                        new NewObjective("Sees hepatology", today, List.of("Referral"))),
                    0L));
    assertEquals("goal", noGoal.field());
    RuleViolation noDimension =
        refused(
            () ->
                plans.addProblem(
                    plan.getId(),
                    new NewProblem(null, "x", "y", new NewObjective("z", today, List.of("i"))),
                    0L));
    assertEquals("dimension", noDimension.field());
    RuleViolation noIntervention =
        refused(
            () ->
                plans.addProblem(
                    plan.getId(),
                    new NewProblem(
                        AsamDimension.BIOMEDICAL,
                        "x",
                        "y",
                        new NewObjective("z", today, List.of())),
                    0L));
    assertEquals("interventions", noIntervention.field());
    assertEquals(
        "plan.reviewOutOfOrder",
        refused(() -> plans.review(plan.getId(), today.minusDays(6), "s", 0L)).key());
    assertEquals("summary", refused(() -> plans.review(plan.getId(), today, " ", 0L)).field());
    assertEquals(
        0L,
        count(
            "select count(*) from plan_problem pp join treatment_plan tp on tp.id = pp.plan_id"
                + " where tp.episode_id = ?1",
            episodeId));
    assertEquals(
        0L,
        count(
            "select count(*) from plan_review pr join treatment_plan tp on tp.id = pr.plan_id"
                + " where tp.episode_id = ?1",
            episodeId));
  }

  @Test
  void aSignedNoteIsFinalAndCorrectedByAddendum() throws Exception {
    UUID patientId = admit(LevelOfCare.OP, today.minusDays(30), "counselor");
    UUID episodeId = openEpisodeId(patientId);
    assertEquals(
        "assessment",
        refused(
                () ->
                    notes.write(
                        episodeId,
                        new NewNote(
                            today,
                            SessionType.INDIVIDUAL,
                            Attendance.ATTENDED,
                            "Discussed triggers",
                            null,
                            "Next week",
                            false)))
            .field());
    assertEquals(
        "note.outsideEpisode",
        refused(() -> notes.write(episodeId, dap(today.minusDays(31), false))).key());
    assertEquals(0L, count("select count(*) from progress_note where patient_id = ?1", patientId));

    // A no-show needs only the data.
    asCounselor.call(
        () ->
            notes.write(
                episodeId,
                new NewNote(
                    today.minusDays(7),
                    SessionType.INDIVIDUAL,
                    Attendance.NO_SHOW,
                    "Did not come; left a voicemail",
                    null,
                    null,
                    true)));
    ProgressNote draft = asCounselor.call(() -> notes.write(episodeId, dap(today, false)));
    assertFalse(draft.isSigned());
    ProgressNote revised =
        asCounselor.call(() -> notes.revise(draft.getId(), dap(today.minusDays(1), false), 0L));
    ProgressNote signed = asCounselor.call(() -> notes.sign(draft.getId(), revised.getVersion()));
    assertEquals("counselor", signed.getSignedBy());

    assertEquals(
        "note.signed",
        refused(() -> notes.revise(draft.getId(), dap(today, false), signed.getVersion())).key());
    assertEquals("note.signed", refused(() -> notes.sign(draft.getId(), null)).key());
    asCounselor.call(() -> notes.addAddendum(draft.getId(), "Patient called back: dose missed"));
    // The database refuses to change a signed note whoever asks.
    tx.begin();
    try {
      Exception thrown =
          assertThrows(
              Exception.class,
              () ->
                  em.createNativeQuery("update progress_note set data = 'x' where id = ?1")
                      .setParameter(1, draft.getId())
                      .executeUpdate());
      assertTrue(causes(thrown).contains("signed"), causes(thrown));
    } finally {
      tx.rollback();
    }
    List<NoteView> all = asCounselor.call(() -> notes.notesOf(patientId));
    assertEquals(2, all.size());
    assertEquals(draft.getId(), all.get(0).note().getId());
    assertEquals("Discussed triggers", all.get(0).note().getData());
    assertEquals(1, all.get(0).addenda().size());
  }

  @Test
  void aGroupSessionRecordsEveryPatientInOneTransaction() throws Exception {
    UUID ana = admit(LevelOfCare.IOP, today.minusDays(15), "counselor");
    UUID ben = admit(LevelOfCare.IOP, today.minusDays(15), "counselor");
    UUID gone = admit(LevelOfCare.IOP, today.minusDays(15), "counselor");
    UUID goneEpisode = openEpisodeId(gone);
    asAdmin.call(
        () ->
            episodes.discharge(
                goneEpisode,
                new Discharge(today.minusDays(3), DischargeReason.COMPLETED, null),
                null));
    String topic = "Coping skills " + UUID.randomUUID();

    // One patient was no longer in care on that day: nobody's note is written.
    RuleViolation refusal =
        refused(
            () ->
                notes.recordGroupSession(
                    new NewGroupSession(
                        today.minusDays(1),
                        topic,
                        "Practiced urge surfing",
                        List.of(
                            new Participant(ana, Attendance.ATTENDED),
                            new Participant(gone, Attendance.ATTENDED)))));
    assertEquals("group.notInCare", refusal.key());
    assertEquals(0L, count("select count(*) from group_session where topic = ?1", topic));
    assertEquals(0L, count("select count(*) from progress_note where patient_id = ?1", ana));

    asCounselor.call(
        () ->
            notes.recordGroupSession(
                new NewGroupSession(
                    today.minusDays(1),
                    topic,
                    "Practiced urge surfing",
                    List.of(
                        new Participant(ana, Attendance.ATTENDED),
                        new Participant(ben, Attendance.EXCUSED)))));
    assertEquals(
        2L,
        count(
            "select count(*) from progress_note n join group_session g on g.id = n.group_session_id"
                + " where g.topic = ?1 and n.signed_by = 'counselor' and n.session_type = 'GROUP'",
            topic));
    assertEquals(
        "EXCUSED",
        single("select attendance from progress_note where patient_id = ?1", ben).toString());
    // Each patient of the group has an audit row of their own.
    for (UUID patient : List.of(ana, ben)) {
      assertEquals(
          1L,
          count(
              "select count(*) from audit_event where patient_id = ?1"
                  + " and action = 'GroupSessionNotes.write' and outcome = 'SUCCESS'",
              patient));
    }
    assertEquals(
        "group.participants",
        refused(() -> notes.recordGroupSession(new NewGroupSession(today, topic, "n", List.of())))
            .key());
  }

  @Test
  void chartsOutsideTheCareTeamAndNotesForIntakeAreRefusedAndAudited() throws Exception {
    UUID other = admit(LevelOfCare.RES, today.minusDays(5), "carl.counselor");
    UUID episodeId = openEpisodeId(other);
    assertThrows(RecordNotFound.class, () -> asCounselor.call(() -> plans.write(episodeId, today)));
    assertThrows(
        RecordNotFound.class,
        () -> asCounselor.call(() -> notes.write(episodeId, dap(today, true))));
    assertThrows(EJBAccessException.class, () -> asIntake.call(() -> notes.notesOf(other)));
    assertEquals(
        2L,
        count(
            "select count(*) from audit_event where patient_id = ?1 and username = 'counselor'"
                + " and outcome = 'NOT_FOUND'",
            other));
    // An administrator may write any record — audited.
    asAdmin.call(() -> notes.write(episodeId, dap(today, true)));
    assertEquals(
        1L,
        count(
            "select count(*) from audit_event where patient_id = ?1 and username = 'administrator'"
                + " and action = 'NoteService.write' and outcome = 'SUCCESS'",
            other));
    assertEquals(0L, count("select count(*) from treatment_plan where patient_id = ?1", other));
  }

  @Test
  void theAftercarePlanHasReferralsAndFollowUpsRecordTheirOutcome() throws Exception {
    UUID patientId = admit(LevelOfCare.RES, today.minusDays(120), "counselor");
    UUID episodeId = openEpisodeId(patientId);
    asAdmin.call(
        () ->
            episodes.discharge(
                episodeId,
                new Discharge(today.minusDays(40), DischargeReason.COMPLETED, null),
                null));
    assertEquals(
        "aftercare.outsideEpisode",
        refused(() -> aftercare.write(episodeId, today.minusDays(39))).key());
    AftercarePlan plan = asCounselor.call(() -> aftercare.write(episodeId, today.minusDays(41)));
    RuleViolation early =
        refused(
            () ->
                aftercare.refer(
                    plan.getId(),
                    new NewReferral(
                        ReferralKind.SOBER_LIVING, "Oak House", today.minusDays(42), null),
                    0L));
    assertEquals("appointmentOn", early.field());
    assertEquals(
        "provider",
        refused(
                () ->
                    aftercare.refer(
                        plan.getId(),
                        new NewReferral(ReferralKind.MAT_PROVIDER, "", null, null),
                        0L))
            .field());
    asCounselor.call(
        () ->
            aftercare.refer(
                plan.getId(),
                new NewReferral(
                    ReferralKind.MAT_PROVIDER,
                    "Riverside OTP",
                    today.minusDays(38),
                    "Buprenorphine"),
                0L));
    AftercarePlan two =
        asCounselor.call(
            () ->
                aftercare.refer(
                    plan.getId(),
                    new NewReferral(ReferralKind.TWELVE_STEP_GROUP, "Tuesday NA", null, null),
                    1L));
    assertEquals(2, two.getReferrals().size());
    assertThrows(
        ChangedBySomeoneElse.class,
        () ->
            asCounselor.call(
                () ->
                    aftercare.refer(
                        plan.getId(),
                        new NewReferral(ReferralKind.VOCATIONAL, "Job center", null, null),
                        1L)));

    workListJob.refresh();
    AftercareView view = asCounselor.call(() -> aftercare.aftercareOf(episodeId));
    FollowUp thirty = view.followUps().get(0);
    assertEquals(30, thirty.getDaysAfterDischarge());
    assertEquals(
        "followUp.beforeDischarge",
        refused(
                () ->
                    aftercare.recordContact(
                        thirty.getId(), today.minusDays(41), FollowUpOutcome.NOT_REACHED, null, 0L))
            .key());
    FollowUp attempt =
        asCounselor.call(
            () ->
                aftercare.recordContact(
                    thirty.getId(),
                    today.minusDays(9),
                    FollowUpOutcome.NOT_REACHED,
                    "voicemail",
                    0L));
    FollowUp reached =
        asCounselor.call(
            () ->
                aftercare.recordContact(
                    thirty.getId(),
                    today.minusDays(8),
                    FollowUpOutcome.REACHED_ABSTINENT,
                    "Going to meetings",
                    attempt.getVersion()));
    assertEquals(FollowUpOutcome.REACHED_ABSTINENT, reached.getOutcome());
    assertEquals(
        "followUp.recorded",
        refused(
                () ->
                    aftercare.recordContact(
                        thirty.getId(), today, FollowUpOutcome.REACHED_USING, null, null))
            .key());
    assertEquals(
        1L,
        count(
            "select count(*) from work_item where ref = 'follow_up:' || ?1 and done_at is not null",
            thirty.getId().toString()));
    assertNull(
        asCounselor.call(() -> aftercare.aftercareOf(episodeId)).followUps().get(1).getOutcome());
  }

  private RuleViolation refused(java.util.concurrent.Callable<?> call) {
    return assertThrows(RuleViolation.class, () -> asCounselor.call(call));
  }

  private static NewProblem problem(LocalDate target) {
    return new NewProblem(
        AsamDimension.RELAPSE_CONTINUED_USE,
        "Cravings in the evening; used twice after work last month",
        "Stay abstinent from opioids",
        new NewObjective(
            "Names three coping skills and uses one daily, per craving log",
            target,
            List.of("Relapse-prevention group 3x weekly", "Craving log", " ")));
  }

  private static NewNote dap(LocalDate on, boolean sign) {
    return new NewNote(
        on,
        SessionType.INDIVIDUAL,
        Attendance.ATTENDED,
        "Discussed triggers",
        "Motivated; insight improving",
        "Practice urge surfing; next session in a week",
        sign);
  }

  private UUID admit(LevelOfCare level, LocalDate on, String counselor) throws Exception {
    return asIntake
        .call(
            () ->
                intake.registerAndAdmit(
                    new PatientRegistration(
                        "Test",
                        "Plan-" + UUID.randomUUID().toString().substring(0, 8),
                        LocalDate.of(1988, 6, 1),
                        SexAtBirth.M,
                        Substance.FENTANYL,
                        null),
                    new Admission(on, level, ReferralSource.SELF, counselor, null)))
        .getPatient()
        .getId();
  }

  private UUID openEpisodeId(UUID patientId) throws Exception {
    return (UUID)
        single("select id from episode where patient_id = ?1 and discharged_on is null", patientId);
  }

  private Object single(String sql, Object parameter) throws Exception {
    tx.begin();
    try {
      return em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult();
    } finally {
      tx.commit();
    }
  }

  private long count(String sql, Object parameter) throws Exception {
    return ((Number) single(sql, parameter)).longValue();
  }

  private static String causes(Throwable t) {
    StringBuilder all = new StringBuilder();
    for (; t != null; t = t.getCause()) {
      all.append(t).append('\n');
    }
    return all.toString();
  }
}
