package org.continuumcare.web.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.continuumcare.consent.Consent;
import org.continuumcare.consent.ConsentService;
import org.continuumcare.consent.NewConsent;
import org.continuumcare.consent.Purpose;
import org.continuumcare.consent.RecipientKind;
import org.continuumcare.consent.SignerRelation;
import org.continuumcare.episode.Admission;
import org.continuumcare.episode.CareTeam;
import org.continuumcare.episode.Discharge;
import org.continuumcare.episode.DischargeReason;
import org.continuumcare.episode.Episode;
import org.continuumcare.episode.EpisodeService;
import org.continuumcare.episode.ReferralSource;
import org.continuumcare.episode.Transfer;
import org.continuumcare.episode.TransitionReason;
import org.continuumcare.intake.IntakeService;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.patient.PatientRegistration;
import org.continuumcare.patient.PatientService;
import org.continuumcare.patient.SexAtBirth;
import org.continuumcare.patient.Substance;
import org.continuumcare.recovery.ProfileChange;
import org.continuumcare.recovery.RecoveryService;
import org.continuumcare.scores.Instrument;
import org.continuumcare.scores.ScoreService;
import org.continuumcare.shared.ChangedBySomeoneElse;
import org.continuumcare.shared.Conflict;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.web.testing.Deployments;
import org.continuumcare.worklist.WorkItem;
import org.continuumcare.worklist.WorkListJob;
import org.continuumcare.worklist.WorkListRow;
import org.continuumcare.worklist.WorkListService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The case workflow inside Payara Micro against the real PostgreSQL: admission, transitions,
 * discharge and undo — one transaction each, the refused cases, concurrent changes, and what the
 * database enforces by itself. One class, so Payara boots once for all of them. (The audit trail of
 * these calls is tested in {@link AuditIT}.)
 */
@ExtendWith(ArquillianExtension.class)
class CaseWorkflowIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.inContainerWithCallers(CaseWorkflowIT.class);
  }

  @EJB IntakeService intake;
  @EJB PatientService patients;
  @EJB EpisodeService episodes;
  @EJB WorkListJob workListJob;
  @EJB WorkListService workList;
  @EJB ConsentService consents;
  @EJB ScoreService scores;
  @EJB RecoveryService recovery;
  @EJB Callers.AsCounselor asCounselor;
  @EJB Callers.AsNurse asNurse;
  @EJB Callers.AsIntake asIntake;
  @EJB Callers.AsAdministrator asAdmin;
  @EJB Callers.AsAuditor asAuditor;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;
  @Resource ManagedExecutorService executor;

  private final LocalDate today = LocalDate.now();

  private static final List<Integer> COWS_14 = List.of(2, 1, 1, 2, 2, 1, 2, 1, 1, 1, 0);
  private static final List<Integer> CIWA_8 = List.of(1, 1, 1, 1, 1, 1, 0, 0, 1, 1);

  @Test
  void admissionRegistersThePatientAndOpensAnEpisodeWithOneStay() throws Exception {
    String family = unique("Reyes");
    Episode episode =
        asIntake.call(
            () ->
                intake.registerAndAdmit(
                    registration(family), admission(LevelOfCare.WM, today.minusDays(3))));

    Episode stored = asAdmin.call(() -> episodes.open(episode.getId()));
    assertEquals(LevelOfCare.WM, stored.currentLevelOfCare().orElseThrow());
    assertEquals(1, stored.getStays().size());
    assertEquals(today.minusDays(3), stored.getStays().get(0).getStart());
    assertEquals(null, stored.getStays().get(0).getEnd());
    assertEquals(3, stored.daysInTreatment(today));
    assertEquals(1L, count("select count(*) from patient where family_name = ?1", family));
    assertEquals(
        1L,
        count(
            "select count(*) from stay s join patient p on p.id = s.patient_id"
                + " where p.family_name = ?1 and s.end_on is null and s.level_of_care = 'WM'",
            family));
  }

  @Test
  void aSecondOpenEpisodeIsRefusedWithAClearMessage() throws Exception {
    UUID patientId = registerAndAdmit(unique("Okafor"));

    Conflict refused =
        assertThrows(
            Conflict.class,
            () ->
                asIntake.call(() -> episodes.admit(patientId, admission(LevelOfCare.RES, today))));
    assertTrue(refused.getMessage().contains("already has an open episode"), refused.getMessage());
    assertEquals(1L, count("select count(*) from episode where patient_id = ?1", patientId));
  }

  @Test
  void concurrentAdmissionsOfOnePatientLeaveExactlyOneOpenEpisode() throws Exception {
    UUID patientId =
        asIntake.call(() -> patients.register(registration(unique("Volkov"))).patient().getId());
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      results.add(
          executor.submit(
              () -> {
                start.await();
                try {
                  asIntake.call(() -> episodes.admit(patientId, admission(LevelOfCare.WM, today)));
                  return true;
                } catch (Conflict expected) {
                  return false;
                }
              }));
    }
    start.countDown();
    int admitted = 0;
    for (Future<Boolean> r : results) {
      admitted += r.get() ? 1 : 0;
    }
    assertEquals(1, admitted);
    assertEquals(
        1L,
        count(
            "select count(*) from episode where patient_id = ?1 and discharged_on is null",
            patientId));
  }

  @Test
  void aStaleVersionIsRefusedAndTheNewerChangeKept() throws Exception {
    UUID patientId = registerAndAdmit(unique("Haddad"));
    UUID episodeId = openEpisodeId(patientId);

    long v1 =
        asAdmin
            .call(
                () ->
                    episodes.changeCareTeam(
                        episodeId, new CareTeam("cora.counselor", "pia.prescriber"), 0L))
            .getVersion();
    assertEquals(1, v1);

    assertThrows(
        ChangedBySomeoneElse.class,
        () ->
            asAdmin.call(
                () ->
                    episodes.changeCareTeam(episodeId, new CareTeam("carl.counselor", null), 0L)));
    Episode kept = asAdmin.call(() -> episodes.open(episodeId));
    assertEquals("cora.counselor", kept.getPrimaryCounselor());
    assertEquals(1, kept.getVersion());
  }

  @Test
  void aRefusedAdmissionWritesNothing() throws Exception {
    String family = unique("Nguyen");
    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () ->
                asIntake.call(
                    () ->
                        intake.registerAndAdmit(
                            registration(family), admission(LevelOfCare.RES, today.plusDays(1)))));
    assertEquals("admittedOn", refused.field());
    assertEquals(0L, count("select count(*) from patient where family_name = ?1", family));
  }

  @Test
  void rolesAreCheckedByTheServices() {
    assertThrows(
        EJBAccessException.class,
        () -> asAuditor.call(() -> patients.register(registration(unique("Brooks")))));
  }

  @Test
  void theDatabaseRefusesOverlappingStaysOfAPatient() throws Exception {
    UUID patientId = registerAndAdmit(unique("Lindqvist"));
    UUID episodeId = openEpisodeId(patientId);
    tx.begin();
    try {
      em.createNativeQuery(
              "insert into stay (id, episode_id, patient_id, level_of_care, site_id,"
                  + " start_on, end_on, seq) select gen_random_uuid(), ?1, ?2, 'OP',"
                  + " site_id, ?3, ?4, 99 from patient where id = ?2")
          .setParameter(1, episodeId)
          .setParameter(2, patientId)
          .setParameter(3, today.minusDays(30))
          .setParameter(4, today.minusDays(1))
          .executeUpdate();
      Exception refused =
          assertThrows(
              Exception.class,
              () ->
                  em.createNativeQuery("set constraints stay_no_overlap immediate")
                      .executeUpdate());
      assertTrue(causes(refused).contains("stay_no_overlap"), causes(refused));
    } finally {
      tx.rollback();
    }
  }

  @Test
  void aTransitionClosesTheStayOpensTheNextAndBumpsTheVersion() throws Exception {
    UUID episodeId = openEpisodeId(registerAndAdmit(unique("Martin")));
    Episode moved =
        asAdmin.call(
            () ->
                episodes.transfer(
                    episodeId,
                    new Transfer(
                        today.minusDays(4),
                        LevelOfCare.RES,
                        TransitionReason.STEP_DOWN,
                        "COWS 3",
                        null),
                    0L));
    assertEquals(1, moved.getVersion());
    Episode stored = asAdmin.call(() -> episodes.open(episodeId));
    assertEquals(LevelOfCare.RES, stored.currentLevelOfCare().orElseThrow());
    assertEquals(today.minusDays(4), stored.getStays().get(0).getEnd());
    assertEquals(
        List.of("ADMITTED", "TRANSFERRED"),
        asAdmin.call(() -> episodes.historyOf(stored)).stream()
            .map(ev -> ev.getKind().name())
            .toList());
  }

  @Test
  void aStaleVersionIsRefusedBeforeAnyOtherRule() throws Exception {
    UUID episodeId = openEpisodeId(registerAndAdmit(unique("O'Neill")));
    // Same level at the same site AND a stale version: the version wins.
    assertThrows(
        ChangedBySomeoneElse.class,
        () ->
            asAdmin.call(
                () ->
                    episodes.transfer(
                        episodeId,
                        new Transfer(today, LevelOfCare.WM, TransitionReason.LATERAL, "n", null),
                        7L)));
    RuleViolation rule =
        assertThrows(
            RuleViolation.class,
            () ->
                asAdmin.call(
                    () ->
                        episodes.transfer(
                            episodeId,
                            new Transfer(
                                today, LevelOfCare.WM, TransitionReason.LATERAL, "n", null),
                            0L)));
    assertEquals("transition.sameLevelSameSite", rule.key());
    assertEquals(0L, asAdmin.call(() -> episodes.open(episodeId)).getVersion());
  }

  @Test
  void concurrentTransitionsOfOneEpisodeHaveExactlyOneWinnerAndNoOverlap() throws Exception {
    UUID patientId = registerAndAdmit(unique("Tanaka"));
    UUID episodeId = openEpisodeId(patientId);
    LevelOfCare[] targets = {
      LevelOfCare.RES, LevelOfCare.PHP, LevelOfCare.IOP, LevelOfCare.OP, LevelOfCare.AC
    };
    int threads = 10;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      LevelOfCare target = targets[i % targets.length];
      results.add(
          executor.submit(
              () -> {
                start.await();
                try {
                  asAdmin.call(
                      () ->
                          episodes.transfer(
                              episodeId,
                              new Transfer(
                                  today, target, TransitionReason.STEP_DOWN, "concurrent", null),
                              0L));
                  return true;
                } catch (ChangedBySomeoneElse expected) {
                  return false;
                }
              }));
    }
    start.countDown();
    int winners = 0;
    for (Future<Boolean> r : results) {
      winners += r.get() ? 1 : 0;
    }
    assertEquals(1, winners);
    assertEquals(2L, count("select count(*) from stay where patient_id = ?1", patientId));
    assertEquals(
        1L, count("select count(*) from stay where patient_id = ?1 and end_on is null", patientId));
    assertEquals(1L, asAdmin.call(() -> episodes.open(episodeId)).getVersion());
  }

  @Test
  void dischargeSchedulesFollowUpsAndUndoWithdrawsThem() throws Exception {
    UUID patientId = registerAndAdmit(unique("Brooks"));
    UUID episodeId = openEpisodeId(patientId);
    asAdmin.call(
        () ->
            episodes.discharge(
                episodeId,
                new Discharge(today.minusDays(1), DischargeReason.COMPLETED, null),
                null));
    assertEquals(3L, count("select count(*) from follow_up where episode_id = ?1", episodeId));
    assertEquals(
        1L,
        count(
            "select count(*) from follow_up where episode_id = ?1 and days_after_discharge = 90"
                + " and due_on = current_date + 89",
            episodeId));

    asAdmin.call(() -> episodes.undo(episodeId, "entered in error", null));
    assertEquals(0L, count("select count(*) from follow_up where episode_id = ?1", episodeId));
    assertEquals(
        1L, count("select count(*) from stay where episode_id = ?1 and end_on is null", episodeId));
  }

  @Test
  void aDischargeCannotBeUndoneAfterReadmission() throws Exception {
    UUID patientId = registerAndAdmit(unique("Castillo"));
    UUID first = openEpisodeId(patientId);
    asAdmin.call(
        () ->
            episodes.discharge(
                first, new Discharge(today.minusDays(2), DischargeReason.OTHER, null), null));
    asIntake.call(() -> episodes.admit(patientId, admission(LevelOfCare.OP, today)));

    Conflict refused =
        assertThrows(Conflict.class, () -> asAdmin.call(() -> episodes.undo(first, "error", null)));
    assertEquals("undo.readmitted", refused.key());
  }

  @Test
  void theWorkListJobPutsDueFollowUpsOnTheCounselorsListOnceOnly() throws Exception {
    UUID patientId =
        asIntake
            .call(
                () ->
                    intake.registerAndAdmit(
                        registration(unique("Fischer")),
                        admission(LevelOfCare.OP, today.minusDays(60))))
            .getPatient()
            .getId();
    UUID episodeId = openEpisodeId(patientId);
    asAdmin.call(
        () ->
            episodes.discharge(
                episodeId,
                new Discharge(today.minusDays(35), DischargeReason.COMPLETED, null),
                null));

    workListJob.refresh();
    workListJob.refresh();
    assertEquals(
        1L,
        count(
            "select count(*) from work_item where patient_id = ?1 and kind = 'FOLLOW_UP'"
                + " and assigned_to = 'carl.counselor' and due_on = current_date - 5",
            patientId));
  }

  @Test
  void anExpiringConsentIsOnTheCounselorsListOnceUntilRevokedOrRenewed() throws Exception {
    UUID patientId = admitted(LevelOfCare.OP, "counselor");
    Consent payer =
        asCounselor.call(
            () ->
                consents.capture(
                    patientId, consent("Blue Valley Health Plan", Purpose.PAYMENT, 10)));
    Consent otp =
        asCounselor.call(
            () ->
                consents.capture(
                    patientId,
                    consent("Riverside Opioid Treatment Program", Purpose.CARE_COORDINATION, 14)));
    asCounselor.call(
        () -> consents.capture(patientId, consent("Maple Street House", Purpose.TREATMENT, 15)));
    UUID discharged = admitted(LevelOfCare.OP, "counselor");
    asCounselor.call(
        () -> consents.capture(discharged, consent("Blue Valley Health Plan", Purpose.PAYMENT, 5)));
    UUID dischargedEpisode = openEpisodeId(discharged);
    asAdmin.call(
        () ->
            episodes.discharge(
                dischargedEpisode, new Discharge(today, DischargeReason.COMPLETED, null), null));

    workListJob.refresh();
    workListJob.refresh();
    assertEquals(2L, items("CONSENT_EXPIRING", patientId), "the one 15 days away is not due yet");
    assertEquals(0L, items("CONSENT_EXPIRING", discharged), "no open episode, nobody to warn");
    WorkListRow row = row(asCounselor.call(() -> workList.mine()), patientId, payer.getExpiresOn());
    assertEquals(WorkItem.Kind.CONSENT_EXPIRING, row.getKind());
    assertEquals("Blue Valley Health Plan — Authorization and payment of claims", row.getDetail());
    assertEquals(-10, row.getDaysOverdue());
    assertEquals(
        1L,
        count(
            "select count(*) from work_item where patient_id = ?1 and kind = 'CONSENT_EXPIRING'"
                + " and assigned_to = 'counselor' and due_on = current_date + 14",
            patientId));

    asCounselor.call(() -> consents.revoke(payer.getId(), "Patient's letter"));
    assertEquals(1L, openItems("CONSENT_EXPIRING", patientId), "revoked: nothing to renew");
    asCounselor.call(
        () ->
            consents.capture(
                patientId,
                consent("  riverside opioid  treatment program", Purpose.CARE_COORDINATION, 365)));
    assertEquals(0L, openItems("CONSENT_EXPIRING", patientId), "renewed");
    workListJob.refresh();
    assertEquals(2L, items("CONSENT_EXPIRING", patientId), "neither comes back");
    assertEquals(0L, openItems("CONSENT_EXPIRING", patientId));
    assertTrue(otp.getExpiresOn().isAfter(today));
  }

  @Test
  void anOverdueWithdrawalReassessmentIsOnEveryNursesListUntilAScoreIsRecorded() throws Exception {
    UUID neverScored = admitted(LevelOfCare.WM, "counselor");
    UUID scored5HoursAgo = admitted(LevelOfCare.WM, "counselor");
    UUID scoredAnHourAgo = admitted(LevelOfCare.WM, "counselor");
    asNurse.call(
        () ->
            scores.recordWithdrawalScore(
                scored5HoursAgo, Instrument.COWS, COWS_14, Instant.now().minusSeconds(5 * 3600)));
    asNurse.call(
        () ->
            scores.recordWithdrawalScore(
                scoredAnHourAgo, Instrument.CIWA_AR, CIWA_8, Instant.now().minusSeconds(3600)));

    workListJob.refresh();
    workListJob.refresh();
    assertEquals(1L, items("WITHDRAWAL_REASSESSMENT", neverScored));
    assertEquals(1L, items("WITHDRAWAL_REASSESSMENT", scored5HoursAgo));
    assertEquals(0L, items("WITHDRAWAL_REASSESSMENT", scoredAnHourAgo), "due in 3 hours");
    assertEquals(
        1L,
        count(
            "select count(*) from work_item where patient_id = ?1"
                + " and kind = 'WITHDRAWAL_REASSESSMENT' and assigned_to is null"
                + " and due_on = current_date",
            neverScored));
    List<WorkListRow> nurses = asNurse.call(() -> workList.mine());
    WorkListRow first = row(nurses, neverScored, today);
    assertTrue(
        first.getDetail().startsWith("No COWS/CIWA-Ar since WM began; due since "),
        first.getDetail());
    WorkListRow late = row(nurses, scored5HoursAgo, today);
    assertTrue(late.getDetail().matches("Last COWS 14 at .*; due since .*"), late.getDetail());
    assertTrue(
        asCounselor.call(() -> workList.mine()).stream()
            .noneMatch(r -> r.getKind() == WorkItem.Kind.WITHDRAWAL_REASSESSMENT),
        "the nurses' pool, not the counselor's");

    asNurse.call(
        () -> scores.recordWithdrawalScore(neverScored, Instrument.COWS, COWS_14, Instant.now()));
    assertEquals(0L, openItems("WITHDRAWAL_REASSESSMENT", neverScored), "reassessed");
    workListJob.refresh();
    assertEquals(0L, openItems("WITHDRAWAL_REASSESSMENT", neverScored), "next one due in 4 h");

    asNurse.call(
        () -> {
          workList.complete(late.getId());
          return null;
        });
    assertEquals(0L, openItems("WITHDRAWAL_REASSESSMENT", scored5HoursAgo), "done from the list");

    UUID leavesWm = admitted(LevelOfCare.WM, "counselor");
    workListJob.refresh();
    assertEquals(1L, openItems("WITHDRAWAL_REASSESSMENT", leavesWm));
    UUID wmEpisode = openEpisodeId(leavesWm);
    asAdmin.call(
        () ->
            episodes.transfer(
                wmEpisode,
                new Transfer(today, LevelOfCare.RES, TransitionReason.STEP_DOWN, "COWS 3", null),
                null));
    workListJob.refresh();
    assertEquals(
        1L,
        count(
            "select count(*) from work_item where patient_id = ?1"
                + " and kind = 'WITHDRAWAL_REASSESSMENT' and done_by = 'work-list-job'",
            leavesWm),
        "moot once the patient has left WM");
  }

  @Test
  void aSobrietyMilestoneIsOnTheCounselorsListAndARelapseWithdrawsIt() throws Exception {
    UUID patientId = admitted(LevelOfCare.OP, "counselor");
    UUID notYet = admitted(LevelOfCare.OP, "counselor");
    asCounselor.call(
        () -> recovery.changeProfile(patientId, soberSince(today.minusDays(87)), null));
    asCounselor.call(() -> recovery.changeProfile(notYet, soberSince(today.minusDays(50)), null));

    workListJob.refresh();
    workListJob.refresh();
    assertEquals(1L, items("SOBRIETY_MILESTONE", patientId));
    assertEquals(0L, items("SOBRIETY_MILESTONE", notYet), "30 days passed, 60 days in 10 days");
    WorkListRow row = row(asCounselor.call(() -> workList.mine()), patientId, today.plusDays(3));
    assertEquals(WorkItem.Kind.SOBRIETY_MILESTONE, row.getKind());
    assertEquals("90 days sober (since " + today.minusDays(87) + ")", row.getDetail());

    asCounselor.call(() -> recovery.relapse(patientId, today, "Drank at a wedding", null));
    assertEquals(0L, openItems("SOBRIETY_MILESTONE", patientId), "withdrawn by the relapse");
    workListJob.refresh();
    assertEquals(0L, openItems("SOBRIETY_MILESTONE", patientId), "30 days from today: not yet");

    asCounselor.call(() -> recovery.changeProfile(notYet, soberSince(today.minusDays(58)), null));
    workListJob.refresh();
    WorkListRow corrected = row(asCounselor.call(() -> workList.mine()), notYet, today.plusDays(2));
    assertEquals("60 days sober (since " + today.minusDays(58) + ")", corrected.getDetail());
    asCounselor.call(
        () -> {
          workList.complete(corrected.getId());
          return null;
        });
    assertEquals(0L, openItems("SOBRIETY_MILESTONE", notYet), "done from the list");
  }

  private UUID admitted(LevelOfCare level, String counselor) throws Exception {
    return asIntake
        .call(
            () ->
                intake.registerAndAdmit(
                    registration(unique("Items")),
                    new Admission(today.minusDays(1), level, ReferralSource.SELF, counselor, null)))
        .getPatient()
        .getId();
  }

  private long items(String kind, UUID patientId) throws Exception {
    return count(
        "select count(*) from work_item where kind = '" + kind + "' and patient_id = ?1",
        patientId);
  }

  private long openItems(String kind, UUID patientId) throws Exception {
    return count(
        "select count(*) from work_item where kind = '"
            + kind
            + "' and patient_id = ?1 and done_at is null",
        patientId);
  }

  private static WorkListRow row(List<WorkListRow> list, UUID patientId, LocalDate dueOn) {
    return list.stream()
        .filter(r -> r.getPatientId().equals(patientId) && r.getDueOn().equals(dueOn))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not on the list: " + patientId + " " + dueOn));
  }

  private NewConsent consent(String recipient, Purpose purpose, int expiresInDays) {
    return new NewConsent(
        "Continuum Recovery Center",
        "Admission and discharge dates, level of care, MAT status",
        RecipientKind.OTHER,
        recipient,
        purpose,
        purpose == Purpose.PAYMENT ? "Authorization and payment of claims" : "Coordinate care",
        true,
        true,
        true,
        today.plusDays(expiresInDays),
        null,
        "Test Patient",
        SignerRelation.PATIENT,
        today.minusDays(1));
  }

  private static ProfileChange soberSince(LocalDate date) {
    return new ProfileChange(false, null, null, null, date);
  }

  private UUID registerAndAdmit(String family) throws Exception {
    return asIntake
        .call(
            () ->
                intake.registerAndAdmit(
                    registration(family), admission(LevelOfCare.WM, today.minusDays(10))))
        .getPatient()
        .getId();
  }

  private UUID openEpisodeId(UUID patientId) throws Exception {
    tx.begin();
    try {
      return (UUID)
          em.createNativeQuery(
                  "select id from episode where patient_id = ?1 and discharged_on is null")
              .setParameter(1, patientId)
              .getSingleResult();
    } finally {
      tx.commit();
    }
  }

  /** A count read in a transaction of its own. */
  private long count(String sql, Object parameter) throws Exception {
    tx.begin();
    try {
      return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult())
          .longValue();
    } finally {
      tx.commit();
    }
  }

  private static PatientRegistration registration(String familyName) {
    return new PatientRegistration(
        "Test", familyName, LocalDate.of(1990, 4, 2), SexAtBirth.F, Substance.HEROIN, null);
  }

  private static Admission admission(LevelOfCare level, LocalDate on) {
    return new Admission(on, level, ReferralSource.SELF, "carl.counselor", null);
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String causes(Throwable t) {
    StringBuilder all = new StringBuilder();
    for (; t != null; t = t.getCause()) {
      all.append(t).append('\n');
    }
    return all.toString();
  }
}
