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
import org.continuumcare.episode.Episode;
import org.continuumcare.episode.EpisodeService;
import org.continuumcare.episode.ReferralSource;
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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admission workflow inside Payara Micro against the real PostgreSQL: one transaction per
 * admission, the refused cases, concurrency, and what the database enforces by itself.
 */
@ExtendWith(ArquillianExtension.class)
class AdmissionIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.inContainer()
        .addPackage(AdmissionIT.class.getPackage())
        .addAsWebInfResource("in-container/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
        .addAsWebInfResource("in-container/glassfish-web.xml", "glassfish-web.xml");
  }

  @EJB IntakeService intake;
  @EJB PatientService patients;
  @EJB EpisodeService episodes;
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
      Exception refused =
          assertThrows(
              Exception.class,
              () ->
                  em.createNativeQuery(
                          "insert into stay (id, episode_id, patient_id, level_of_care, site_id,"
                              + " start_on, end_on) select gen_random_uuid(), ?1, ?2, 'OP',"
                              + " site_id, ?3, ?4 from patient where id = ?2")
                      .setParameter(1, episodeId)
                      .setParameter(2, patientId)
                      .setParameter(3, today.minusDays(30))
                      .setParameter(4, today.minusDays(1))
                      .executeUpdate());
      assertTrue(causes(refused).contains("stay_no_overlap"), causes(refused));
    } finally {
      tx.rollback();
    }
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

  private UUID openEpisodeId(UUID patientId) {
    return (UUID)
        em.createNativeQuery(
                "select id from episode where patient_id = ?1 and discharged_on is null")
            .setParameter(1, patientId)
            .getSingleResult();
  }

  private long count(String sql, Object parameter) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult())
        .longValue();
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
