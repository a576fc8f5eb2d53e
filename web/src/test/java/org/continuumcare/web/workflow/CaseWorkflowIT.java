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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
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
import org.continuumcare.shared.ChangedBySomeoneElse;
import org.continuumcare.shared.Conflict;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.web.testing.Deployments;
import org.continuumcare.worklist.WorkListJob;
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
    return Deployments.inContainer()
        .addPackage(CaseWorkflowIT.class.getPackage())
        .addAsWebInfResource("in-container/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
        .addAsWebInfResource("in-container/glassfish-web.xml", "glassfish-web.xml");
  }

  @EJB IntakeService intake;
  @EJB PatientService patients;
  @EJB EpisodeService episodes;
  @EJB WorkListJob workListJob;
  @EJB Callers.AsIntake asIntake;
  @EJB Callers.AsAdministrator asAdmin;
  @EJB Callers.AsAuditor asAuditor;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;
  @Resource ManagedExecutorService executor;

  private final LocalDate today = LocalDate.now();

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
