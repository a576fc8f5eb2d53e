package org.continuumcare.web.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.continuumcare.episode.Admission;
import org.continuumcare.episode.ReferralSource;
import org.continuumcare.intake.IntakeService;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.patient.PatientRegistration;
import org.continuumcare.patient.SexAtBirth;
import org.continuumcare.patient.Substance;
import org.continuumcare.scores.ClinicalScore;
import org.continuumcare.scores.Instrument;
import org.continuumcare.scores.Reassessment;
import org.continuumcare.scores.ScoreService;
import org.continuumcare.scores.ScreenHistory;
import org.continuumcare.scores.Severity;
import org.continuumcare.scores.WithdrawalHistory;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.web.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Withdrawal scores and screens inside Payara Micro against PostgreSQL: recording, the refusals
 * (nothing written), who may record and read, the safety flag and work item a positive PHQ-9 item 9
 * raises and how it is cleared, the reassessment due in detox, and the audit rows.
 */
@ExtendWith(ArquillianExtension.class)
class ClinicalScoresIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.inContainerWithCallers(ClinicalScoresIT.class);
  }

  private static final List<Integer> COWS_14 = List.of(2, 1, 1, 2, 2, 1, 2, 1, 1, 1, 0);
  private static final List<Integer> PHQ9_ITEM9_2 = List.of(2, 2, 1, 1, 1, 1, 1, 0, 2);
  private static final List<Integer> PHQ9_NEGATIVE = List.of(1, 1, 1, 1, 1, 1, 0, 0, 0);

  @EJB IntakeService intake;
  @EJB ScoreService scores;
  @EJB Callers.AsIntake asIntake;
  @EJB Callers.AsAdministrator asAdmin;
  @EJB Callers.AsCounselor asCounselor;
  @EJB Callers.AsAuditor asAuditor;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;

  private final LocalDate today = LocalDate.now();
  private final Instant now = Instant.now();

  @Test
  void aCowsIsRecordedWithItsTotalBandAndEpisode() throws Exception {
    UUID patientId = admit(LevelOfCare.WM, "carl.counselor");
    ClinicalScore score =
        asIntake.call(
            () ->
                scores.recordWithdrawalScore(
                    patientId, Instrument.COWS, COWS_14, now.minusSeconds(300)));
    assertEquals(14, score.getTotal());
    assertEquals(Severity.MODERATE, score.getSeverity());
    assertEquals("intake", score.getRecordedBy());
    assertNotNull(score.getEpisodeId());
    assertEquals(
        "2,1,1,2,2,1,2,1,1,1,0",
        single("select items from clinical_score where patient_id = ?1", patientId));
    assertEquals(
        score.getEpisodeId(),
        single("select episode_id from clinical_score where patient_id = ?1", patientId));

    WithdrawalHistory history = asAdmin.call(() -> scores.withdrawalOf(patientId));
    assertEquals(1, history.scores().size());
    assertEquals(14, history.scores().get(0).getTotal());
  }

  @Test
  void refusedScoresWriteNothing() throws Exception {
    UUID patientId = admit(LevelOfCare.WM, "carl.counselor");
    List<Integer> pulse3 = List.of(3, 1, 1, 2, 2, 1, 2, 1, 1, 1, 0);
    List<Integer> tenItems = COWS_14.subList(0, 10);
    RuleViolation future =
        assertThrows(
            RuleViolation.class,
            () ->
                asAdmin.call(
                    () ->
                        scores.recordWithdrawalScore(
                            patientId,
                            Instrument.COWS,
                            COWS_14,
                            Instant.now().plus(Duration.ofHours(1)))));
    assertEquals("takenAt", future.field());
    RuleViolation missing =
        assertThrows(
            RuleViolation.class,
            () ->
                asAdmin.call(
                    () -> scores.recordWithdrawalScore(patientId, Instrument.COWS, tenItems, now)));
    assertEquals("score.itemCount", missing.key());
    RuleViolation outOfRange =
        assertThrows(
            RuleViolation.class,
            () ->
                asAdmin.call(
                    () -> scores.recordWithdrawalScore(patientId, Instrument.COWS, pulse3, now)));
    assertEquals("items[0]", outOfRange.field());
    RuleViolation ciwaOrientation5 =
        assertThrows(
            RuleViolation.class,
            () ->
                asAdmin.call(
                    () ->
                        scores.recordWithdrawalScore(
                            patientId,
                            Instrument.CIWA_AR,
                            List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 5),
                            now)));
    assertEquals("items[9]", ciwaOrientation5.field());
    RuleViolation screenAsWithdrawal =
        assertThrows(
            RuleViolation.class,
            () ->
                asAdmin.call(
                    () ->
                        scores.recordWithdrawalScore(
                            patientId, Instrument.PHQ9, PHQ9_ITEM9_2, now)));
    assertEquals("instrument", screenAsWithdrawal.field());
    assertEquals(0L, count("select count(*) from clinical_score where patient_id = ?1", patientId));
    assertEquals(0L, count("select count(*) from safety_flag where patient_id = ?1", patientId));
    assertEquals(
        0L,
        count(
            "select count(*) from work_item where patient_id = ?1 and kind = 'SAFETY_CHECK'",
            patientId),
        "(a WM patient may get a withdrawal reassessment from the timer meanwhile)");
  }

  @Test
  void rolesAndCareTeamDecideWhoRecordsAndReads() throws Exception {
    UUID carls = admit(LevelOfCare.WM, "carl.counselor");
    UUID own = admit(LevelOfCare.RES, "counselor");
    assertThrows(
        EJBAccessException.class,
        () ->
            asCounselor.call(
                () -> scores.recordWithdrawalScore(own, Instrument.COWS, COWS_14, now)),
        "counselors do not record withdrawal scores");
    assertThrows(
        EJBAccessException.class,
        () -> asAuditor.call(() -> scores.recordScreen(own, Instrument.GAD7, gad7(), now)));
    assertThrows(EJBAccessException.class, () -> asAuditor.call(() -> scores.screensOf(own)));
    assertThrows(
        RecordNotFound.class,
        () -> asCounselor.call(() -> scores.recordScreen(carls, Instrument.GAD7, gad7(), now)),
        "a patient not on the counselor's caseload is like an unknown one");
    assertThrows(RecordNotFound.class, () -> asCounselor.call(() -> scores.withdrawalOf(carls)));
    assertThrows(
        RecordNotFound.class,
        () ->
            asAdmin.call(
                () -> scores.recordScreen(UUID.randomUUID(), Instrument.GAD7, gad7(), now)));

    ClinicalScore gad =
        asCounselor.call(() -> scores.recordScreen(own, Instrument.GAD7, gad7(), now));
    assertEquals(6, gad.getTotal());
    assertEquals(Severity.MILD, gad.getSeverity());
    ScreenHistory history = asCounselor.call(() -> scores.screensOf(own));
    assertEquals(1, history.screens().size());
    assertNull(history.safetyFlag());
    assertEquals(0L, count("select count(*) from clinical_score where patient_id = ?1", carls));
  }

  @Test
  void phq9Item9PositiveFlagsTheChartAndPutsASameDayCheckOnTheCounselorsList() throws Exception {
    UUID patientId = admit(LevelOfCare.RES, "counselor");
    asCounselor.call(() -> scores.recordScreen(patientId, Instrument.PHQ9, PHQ9_NEGATIVE, now));
    assertEquals(0L, count("select count(*) from safety_flag where patient_id = ?1", patientId));

    ClinicalScore positive =
        asCounselor.call(() -> scores.recordScreen(patientId, Instrument.PHQ9, PHQ9_ITEM9_2, now));
    assertEquals(11, positive.getTotal());
    assertEquals(Severity.MODERATE, positive.getSeverity());
    ScreenHistory history = asCounselor.call(() -> scores.screensOf(patientId));
    assertNotNull(history.safetyFlag());
    assertEquals("PHQ-9 item 9 = 2", history.safetyFlag().getReason());
    assertEquals(
        1L,
        count(
            "select count(*) from work_item where patient_id = ?1 and kind = 'SAFETY_CHECK'"
                + " and assigned_to = 'counselor' and due_on = current_date"
                + " and detail = 'PHQ-9 item 9 = 2' and done_at is null",
            patientId));

    asAdmin.call(() -> scores.recordScreen(patientId, Instrument.PHQ9, PHQ9_ITEM9_2, now));
    assertEquals(
        1L,
        count(
            "select count(*) from safety_flag where patient_id = ?1 and cleared_at is null",
            patientId),
        "one open flag");
    assertEquals(
        2L,
        count(
            "select count(*) from work_item where patient_id = ?1 and kind = 'SAFETY_CHECK'",
            patientId),
        "each positive answer is checked");

    RuleViolation undocumented =
        assertThrows(
            RuleViolation.class,
            () -> asCounselor.call(() -> scores.clearSafetyFlag(patientId, " ")));
    assertEquals("safety.assessmentRequired", undocumented.key());
    assertThrows(
        EJBAccessException.class,
        () -> asIntake.call(() -> scores.clearSafetyFlag(patientId, "seen")));
    asCounselor.call(
        () -> scores.clearSafetyFlag(patientId, "Safety assessment: no plan or intent; plan made"));
    assertNull(asCounselor.call(() -> scores.screensOf(patientId)).safetyFlag());
    assertEquals(
        0L,
        count(
            "select count(*) from work_item where patient_id = ?1 and done_at is null", patientId),
        "the checks are done with the assessment");
    assertEquals(
        1L,
        count(
            "select count(*) from safety_flag where patient_id = ?1 and cleared_by = 'counselor'"
                + " and assessment like 'Safety assessment%'",
            patientId));
    RuleViolation nothingOpen =
        assertThrows(
            RuleViolation.class,
            () -> asCounselor.call(() -> scores.clearSafetyFlag(patientId, "again")));
    assertEquals("safety.noFlag", nothingOpen.key());
  }

  @Test
  void inDetoxAReassessmentIsDueFourHoursAfterTheLatestScore() throws Exception {
    UUID detox = admit(LevelOfCare.WM, "carl.counselor");
    Reassessment none = asAdmin.call(() -> scores.withdrawalOf(detox)).reassessment();
    assertNotNull(none);
    assertTrue(none.overdueAt(Instant.now()), "no score yet in this WM stay");

    Instant taken = Instant.now().minus(Duration.ofMinutes(30));
    asAdmin.call(() -> scores.recordWithdrawalScore(detox, Instrument.COWS, COWS_14, taken));
    Reassessment next = asAdmin.call(() -> scores.withdrawalOf(detox)).reassessment();
    assertEquals(taken.plus(Duration.ofHours(4)).toEpochMilli(), next.dueAt().toEpochMilli());
    assertFalse(next.overdueAt(Instant.now()));

    UUID residential = admit(LevelOfCare.RES, "carl.counselor");
    assertNull(
        asAdmin.call(() -> scores.withdrawalOf(residential)).reassessment(),
        "no reassessment outside withdrawal management");
  }

  @Test
  void recordsReadsAndRefusalsAreAudited() throws Exception {
    UUID patientId = admit(LevelOfCare.WM, "counselor");
    asAdmin.call(() -> scores.recordWithdrawalScore(patientId, Instrument.COWS, COWS_14, now));
    asAdmin.call(() -> scores.withdrawalOf(patientId));
    assertThrows(
        RuleViolation.class,
        () ->
            asAdmin.call(
                () ->
                    scores.recordWithdrawalScore(patientId, Instrument.COWS, List.of(9, 9), now)));
    assertEquals(
        1L,
        count(
            "select count(*) from audit_event where patient_id = ?1"
                + " and action = 'ScoreService.recordWithdrawalScore' and outcome = 'SUCCESS'",
            patientId));
    assertEquals(
        1L,
        count(
            "select count(*) from audit_event where patient_id = ?1"
                + " and action = 'ScoreService.withdrawalOf' and outcome = 'SUCCESS'",
            patientId));
    assertEquals(
        1L,
        count(
            "select count(*) from audit_event where patient_id = ?1"
                + " and action = 'ScoreService.recordWithdrawalScore' and outcome = 'REFUSED'",
            patientId));
  }

  private static List<Integer> gad7() {
    return List.of(1, 1, 1, 1, 1, 1, 0);
  }

  private UUID admit(LevelOfCare level, String counselor) throws Exception {
    return asIntake
        .call(
            () ->
                intake.registerAndAdmit(
                    new PatientRegistration(
                        "Test",
                        "Score-" + UUID.randomUUID().toString().substring(0, 8),
                        LocalDate.of(1990, 4, 2),
                        SexAtBirth.F,
                        Substance.HEROIN,
                        null),
                    new Admission(today.minusDays(1), level, ReferralSource.SELF, counselor, null)))
        .getPatient()
        .getId();
  }

  private long count(String sql, Object parameter) throws Exception {
    return ((Number) single(sql, parameter)).longValue();
  }

  private Object single(String sql, Object parameter) throws Exception {
    tx.begin();
    try {
      return em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult();
    } finally {
      tx.commit();
    }
  }
}
