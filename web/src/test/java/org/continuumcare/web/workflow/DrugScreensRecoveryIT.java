package org.continuumcare.web.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.continuumcare.drugscreen.Analyte;
import org.continuumcare.drugscreen.AnalyteResult;
import org.continuumcare.drugscreen.DrugScreen;
import org.continuumcare.drugscreen.DrugScreenService;
import org.continuumcare.drugscreen.Expectation;
import org.continuumcare.drugscreen.NewDrugScreen;
import org.continuumcare.drugscreen.ScreenResult;
import org.continuumcare.drugscreen.Specimen;
import org.continuumcare.episode.Admission;
import org.continuumcare.episode.ReferralSource;
import org.continuumcare.intake.IntakeService;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.mat.MatService;
import org.continuumcare.mat.Medication;
import org.continuumcare.mat.NewMatOrder;
import org.continuumcare.mat.Phase;
import org.continuumcare.mat.StopReason;
import org.continuumcare.patient.PatientRegistration;
import org.continuumcare.patient.SexAtBirth;
import org.continuumcare.patient.Substance;
import org.continuumcare.recovery.Fellowship;
import org.continuumcare.recovery.NewMeeting;
import org.continuumcare.recovery.ProfileChange;
import org.continuumcare.recovery.RecoveryProfile;
import org.continuumcare.recovery.RecoveryService;
import org.continuumcare.shared.ChangedBySomeoneElse;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.site.Sites;
import org.continuumcare.web.testing.Api;
import org.continuumcare.web.testing.Deployments;
import org.continuumcare.web.testing.Keycloak;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Drug screens and recovery support inside Payara Micro against the real PostgreSQL: the
 * classification against the MAT order active on the collection date, refusals that write nothing
 * but their audit row, the API (problem+json, roles, care team), and the drug-screen report.
 */
@ExtendWith(ArquillianExtension.class)
class DrugScreensRecoveryIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.inContainerWithCallers(DrugScreensRecoveryIT.class)
        .addClasses(Api.class, Api.Reply.class, Keycloak.class);
  }

  @EJB IntakeService intake;
  @EJB DrugScreenService screens;
  @EJB RecoveryService recovery;
  @EJB MatService mat;
  @EJB Sites sites;
  @EJB Callers.AsIntake asIntake;
  @EJB Callers.AsAdministrator asAdmin;
  @EJB Callers.AsCounselor asCounselor;
  @EJB Callers.AsAuditor asAuditor;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;
  @ArquillianResource URL base;

  private final LocalDate today = LocalDate.now();
  private final LocalDateTime now = LocalDateTime.now();

  @Test
  void eachResultIsClassifiedAgainstTheMatOrderActiveOnTheCollectionDate() throws Exception {
    UUID patientId = registerAndAdmit(unique("Volkov"), null);
    asAdmin.call(
        () ->
            mat.start(
                patientId,
                new NewMatOrder(
                    Medication.BUPRENORPHINE,
                    Phase.INDUCTION,
                    today.minusDays(20),
                    new BigDecimal("16"),
                    "mg")));

    DrugScreen before =
        record(
            patientId,
            now.minusDays(25),
            new AnalyteResult(Analyte.BUPRENORPHINE, true),
            new AnalyteResult(Analyte.FENTANYL, true));
    DrugScreen onIt =
        record(
            patientId,
            now.minusDays(10),
            new AnalyteResult(Analyte.BUPRENORPHINE, true),
            new AnalyteResult(Analyte.NORBUPRENORPHINE, true),
            new AnalyteResult(Analyte.FENTANYL, false));
    DrugScreen diversion =
        record(
            patientId,
            now.minusHours(1),
            new AnalyteResult(Analyte.BUPRENORPHINE, false),
            new AnalyteResult(Analyte.COCAINE, false));

    assertEquals(null, before.getMatMedication());
    assertEquals(List.of(Expectation.UNEXPECTED, Expectation.UNEXPECTED), expectations(before));
    assertEquals(Medication.BUPRENORPHINE, onIt.getMatMedication());
    assertFalse(onIt.isUnexpected());
    assertEquals(List.of(Expectation.UNEXPECTED, Expectation.EXPECTED), expectations(diversion));

    List<DrugScreen> listed = asAdmin.call(() -> screens.screensOf(patientId));
    assertEquals(
        List.of(diversion.getId(), onIt.getId(), before.getId()),
        listed.stream().map(DrugScreen::getId).toList(),
        "latest collection first");
    assertEquals(3, listed.get(1).getResults().size());
    assertEquals(
        1L,
        countApart(
            "select count(*) from drug_screen_result r join drug_screen s on s.id = r.screen_id"
                + " where s.patient_id = ?1 and r.expectation = 'UNEXPECTED'"
                + " and r.analyte = 'BUPRENORPHINE' and s.mat_medication = 'BUPRENORPHINE'",
            patientId));
  }

  @Test
  void theEndOfAnOrderIsExclusive() throws Exception {
    UUID patientId = registerAndAdmit(unique("Castillo"), null);
    UUID order =
        asAdmin
            .call(
                () ->
                    mat.start(
                        patientId,
                        new NewMatOrder(
                            Medication.METHADONE,
                            Phase.INDUCTION,
                            today.minusDays(30),
                            new BigDecimal("60"),
                            "mg")))
            .getId();
    asAdmin.call(() -> mat.stop(order, today.minusDays(5), StopReason.PATIENT_CHOICE));

    DrugScreen lastDay =
        record(patientId, today.minusDays(6).atTime(9, 0), new AnalyteResult(Analyte.EDDP, true));
    DrugScreen firstDayWithout =
        record(patientId, today.minusDays(5).atTime(9, 0), new AnalyteResult(Analyte.EDDP, true));
    assertEquals(Medication.METHADONE, lastDay.getMatMedication());
    assertFalse(lastDay.isUnexpected());
    assertEquals(null, firstDayWithout.getMatMedication());
    assertTrue(firstDayWithout.isUnexpected());
  }

  @Test
  void refusedScreensWriteNothingButTheirAuditRow() throws Exception {
    UUID patientId = registerAndAdmit(unique("Refused"), null);
    RuleViolation future =
        assertThrows(
            RuleViolation.class,
            () -> record(patientId, now.plusDays(1), new AnalyteResult(Analyte.THC, false)));
    assertEquals("collectedAt", future.field());
    RuleViolation none = assertThrows(RuleViolation.class, () -> record(patientId, now));
    assertEquals("results", none.field());
    assertThrows(
        RuleViolation.class,
        () ->
            record(
                patientId,
                now,
                new AnalyteResult(Analyte.THC, false),
                new AnalyteResult(Analyte.THC, true)));

    assertEquals(
        0L, countApart("select count(*) from drug_screen where patient_id = ?1", patientId));
    assertEquals(3L, auditRows(patientId, "DrugScreenService.record", "REFUSED"));
    record(patientId, now.minusMinutes(5), new AnalyteResult(Analyte.THC, false));
    assertEquals(1L, auditRows(patientId, "DrugScreenService.record", "SUCCESS"));
  }

  @Test
  void theRecoveryProfileMeetingsAndARelapse() throws Exception {
    UUID patientId = registerAndAdmit(unique("Tanaka"), null);
    RecoveryProfile empty = asAdmin.call(() -> recovery.recordOf(patientId)).profile();
    assertEquals(0L, empty.getVersion());
    assertEquals(null, empty.getSobrietyDate());

    LocalDate sober = today.minusDays(45);
    RecoveryProfile saved =
        asAdmin.call(
            () ->
                recovery.changeProfile(
                    patientId,
                    new ProfileChange(true, today.minusDays(20), 3, "Tuesday Night NA", sober),
                    0L));
    assertEquals(45, saved.sobriety().orElseThrow().days(today));
    asAdmin.call(
        () -> recovery.attend(patientId, new NewMeeting(today.minusDays(2), Fellowship.NA, null)));
    asAdmin.call(
        () -> recovery.attend(patientId, new NewMeeting(today, Fellowship.SMART, "online")));

    long version = saved.getVersion();
    asAdmin.call(() -> recovery.relapse(patientId, today.minusDays(1), "used once", version));
    var record = asAdmin.call(() -> recovery.recordOf(patientId));
    assertEquals(today.minusDays(1), record.profile().getSobrietyDate());
    assertEquals(1, record.profile().sobriety().orElseThrow().days(today));
    assertEquals(sober, record.relapses().get(0).getPreviousSobrietyDate());
    assertEquals(
        List.of(Fellowship.SMART, Fellowship.NA),
        record.meetings().stream().map(m -> m.getFellowship()).toList());
    assertEquals(3, record.profile().getCurrentStep());

    assertThrows(
        ChangedBySomeoneElse.class,
        () ->
            asAdmin.call(
                () ->
                    recovery.changeProfile(
                        patientId, new ProfileChange(false, null, 99, null, null), version)),
        "a stale version is refused before any rule is checked");
  }

  @Test
  void invalidRecoveryEntriesAreRefusedAndWriteNothing() throws Exception {
    UUID patientId = registerAndAdmit(unique("Invalid"), null);
    RuleViolation step =
        assertThrows(
            RuleViolation.class,
            () ->
                asAdmin.call(
                    () ->
                        recovery.changeProfile(
                            patientId, new ProfileChange(false, null, 13, null, null), 0L)));
    assertEquals("currentStep", step.field());
    assertThrows(
        RuleViolation.class,
        () ->
            asAdmin.call(
                () ->
                    recovery.changeProfile(
                        patientId,
                        new ProfileChange(false, null, 2, null, today.plusDays(1)),
                        0L)));
    assertThrows(
        RuleViolation.class,
        () ->
            asAdmin.call(
                () ->
                    recovery.attend(
                        patientId, new NewMeeting(today.plusDays(1), Fellowship.AA, null))));
    assertThrows(
        RuleViolation.class,
        () -> asAdmin.call(() -> recovery.relapse(patientId, today.plusDays(3), null, null)));

    assertEquals(
        0L, countApart("select count(*) from recovery_profile where patient_id = ?1", patientId));
    assertEquals(
        0L, countApart("select count(*) from recovery_meeting where patient_id = ?1", patientId));
    assertEquals(0L, countApart("select count(*) from relapse where patient_id = ?1", patientId));
    assertEquals(2L, auditRows(patientId, "RecoveryService.changeProfile", "REFUSED"));
    assertEquals(1L, auditRows(patientId, "RecoveryService.attend", "REFUSED"));
  }

  @Test
  void rolesAndTheCareTeamDecideWhoSeesScreensAndRecovery() throws Exception {
    UUID patientId = registerAndAdmit(unique("Access"), null);
    assertThrows(
        EJBAccessException.class,
        () -> asIntake.call(() -> screens.screensOf(patientId)),
        "intake does not read screens");
    assertThrows(
        EJBAccessException.class, () -> asAuditor.call(() -> recovery.recordOf(patientId)));
    assertThrows(
        RecordNotFound.class,
        () -> asCounselor.call(() -> screens.screensOf(patientId)),
        "a counselor not on the care team: as if the patient did not exist");
    assertThrows(RecordNotFound.class, () -> asCounselor.call(() -> recovery.recordOf(patientId)));
    assertEquals(1L, auditRows(patientId, "DrugScreenService.screensOf", "NOT_FOUND"));
  }

  @Test
  void theApiRecordsAndListsScreensWithProblemsForBadRequests() throws Exception {
    UUID patientId = registerAndAdmit(unique("ApiScreen"), null);
    Api api = new Api(base);
    String path = "patients/" + patientId + "/drug-screens";

    Api.Reply created =
        api.post(
            path,
            "nina.nurse",
            "{\"collectedAt\":\""
                + now.minusHours(2).withNano(0)
                + "\",\"specimen\":\"URINE\",\"observed\":true,\"results\":["
                + "{\"analyte\":\"FENTANYL\",\"result\":\"POSITIVE\"},"
                + "{\"analyte\":\"COCAINE\",\"result\":\"NEGATIVE\"}]}");
    assertEquals(201, created.status(), created.body());
    JsonObject screen = created.json();
    assertTrue(screen.getBoolean("unexpected"), created.body());
    assertEquals(
        "UNEXPECTED",
        screen.getJsonArray("results").getJsonObject(0).getString("expectation"),
        created.body());
    assertEquals("nina.nurse", screen.getString("recordedBy"));

    Api.Reply list = api.get(path, "carl.counselor");
    assertEquals(200, list.status(), list.body());
    assertTrue(list.body().contains(screen.getString("id")), list.body());

    Api.Reply noResults =
        api.post(
            path,
            "nina.nurse",
            "{\"collectedAt\":\"" + now.withNano(0) + "\",\"specimen\":\"URINE\",\"results\":[]}");
    assertEquals(422, noResults.status(), noResults.body());
    assertTrue(noResults.isProblem(), noResults.contentType());
    assertTrue(noResults.body().contains("results"), noResults.body());
    Api.Reply future =
        api.post(
            path,
            "nina.nurse",
            "{\"collectedAt\":\""
                + now.plusDays(2).withNano(0)
                + "\",\"specimen\":\"URINE\",\"results\":[{\"analyte\":\"THC\",\"result\":\"NEGATIVE\"}]}");
    assertEquals(422, future.status(), future.body());
    Api.Reply unknownAnalyte =
        api.post(
            path,
            "nina.nurse",
            "{\"collectedAt\":\""
                + now.withNano(0)
                + "\",\"specimen\":\"URINE\",\"results\":[{\"analyte\":\"KRATOM\",\"result\":\"NEGATIVE\"}]}");
    assertEquals(422, unknownAnalyte.status(), unknownAnalyte.body());
    assertTrue(unknownAnalyte.isProblem());
    Api.Reply malformed = api.post(path, "nina.nurse", "{\"collectedAt\":");
    assertEquals(400, malformed.status(), malformed.body());
    assertTrue(malformed.isProblem());

    assertEquals(404, api.get(path, "cora.counselor").status(), "not her patient");
    assertEquals(403, api.get(path, "aldo.auditor").status());
    assertEquals(404, api.get("patients/nobody/drug-screens", "adam.admin").status());
    assertEquals(
        1L, countApart("select count(*) from drug_screen where patient_id = ?1", patientId));
  }

  @Test
  void theApiKeepsTheRecoveryRecord() throws Exception {
    UUID patientId = registerAndAdmit(unique("ApiRecovery"), null);
    Api api = new Api(base);
    String path = "patients/" + patientId + "/recovery";

    Api.Reply empty = api.get(path, "carl.counselor");
    assertEquals(200, empty.status(), empty.body());
    assertEquals(0, empty.json().getInt("version"));

    Api.Reply badStep = api.put(path, "carl.counselor", "{\"currentStep\":13,\"version\":0}");
    assertEquals(422, badStep.status(), badStep.body());
    assertTrue(badStep.isProblem());
    assertTrue(badStep.body().contains("currentStep"), badStep.body());

    Api.Reply saved =
        api.put(
            path,
            "carl.counselor",
            "{\"hasSponsor\":true,\"sponsorSince\":\""
                + today.minusDays(10)
                + "\",\"currentStep\":4,\"homeGroup\":\"Monday AA\",\"sobrietyDate\":\""
                + today.minusDays(61)
                + "\",\"version\":0}");
    assertEquals(200, saved.status(), saved.body());
    JsonObject sobriety = saved.json().getJsonObject("sobriety");
    assertEquals(61, sobriety.getInt("daysSober"), saved.body());
    assertEquals(90, sobriety.getJsonObject("nextMilestone").getInt("days"), saved.body());
    assertEquals(2, sobriety.getJsonArray("milestonesReached").size(), saved.body());
    int version = saved.json().getInt("version");

    Api.Reply meeting =
        api.post(
            path + "/meetings",
            "carl.counselor",
            "{\"attendedOn\":\"" + today + "\",\"fellowship\":\"HA\"}");
    assertEquals(201, meeting.status(), meeting.body());
    Api.Reply futureMeeting =
        api.post(
            path + "/meetings",
            "carl.counselor",
            "{\"attendedOn\":\"" + today.plusDays(1) + "\",\"fellowship\":\"HA\"}");
    assertEquals(422, futureMeeting.status(), futureMeeting.body());

    Api.Reply relapse =
        api.post(
            path + "/relapses",
            "carl.counselor",
            "{\"occurredOn\":\"" + today + "\",\"version\":" + version + "}");
    assertEquals(201, relapse.status(), relapse.body());
    assertEquals(today.toString(), relapse.json().getString("sobrietyDate"), relapse.body());
    assertEquals(0, relapse.json().getJsonObject("sobriety").getInt("daysSober"));
    Api.Reply stale =
        api.post(
            path + "/relapses",
            "carl.counselor",
            "{\"occurredOn\":\"" + today + "\",\"version\":" + version + "}");
    assertEquals(409, stale.status(), stale.body());
    assertTrue(stale.isProblem());

    assertEquals(403, api.get(path, "nina.nurse").status(), "recovery is counseling work");
    assertEquals(404, api.get(path, "cora.counselor").status());
  }

  @Test
  void theUnexpectedRateCountsScreensByLevelOfCareAtCollection() throws Exception {
    String site = "DS" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    asAdmin.call(() -> sites.create(site, "Drug screen test " + site));
    UUID onBup = registerAndAdmit(unique("Rate"), site);
    UUID clean = registerAndAdmit(unique("Rate"), site);
    asAdmin.call(
        () ->
            mat.start(
                onBup,
                new NewMatOrder(
                    Medication.BUPRENORPHINE,
                    Phase.INDUCTION,
                    today.minusDays(10),
                    new BigDecimal("8"),
                    "mg")));
    record(onBup, now.minusDays(5), new AnalyteResult(Analyte.BUPRENORPHINE, true));
    record(onBup, now.minusDays(3), new AnalyteResult(Analyte.BUPRENORPHINE, false));
    record(clean, now.minusDays(4), new AnalyteResult(Analyte.COCAINE, false));
    record(clean, now.minusDays(2), new AnalyteResult(Analyte.COCAINE, true));
    record(clean, now.minusDays(40), new AnalyteResult(Analyte.COCAINE, true));

    Api api = new Api(base);
    Api.Reply report =
        api.get(
            "reports/drug-screens?siteCode=" + site + "&from=" + today.minusDays(7), "adam.admin");
    assertEquals(200, report.status(), report.body());
    JsonObject total = report.json().getJsonObject("total");
    assertEquals(4, total.getInt("screens"), report.body());
    assertEquals(2, total.getInt("unexpected"), report.body());
    assertEquals(0.5, total.getJsonNumber("rate").doubleValue(), 1e-9);
    JsonObject wm = report.json().getJsonArray("byLevel").getJsonObject(0);
    assertEquals("WM", wm.getString("levelOfCare"), report.body());
    assertEquals(4, wm.getInt("screens"));

    Api.Reply all = api.get("reports/drug-screens?siteCode=" + site, "adam.admin");
    assertEquals(5, all.json().getJsonObject("total").getInt("screens"), all.body());
    JsonObject notInCare = all.json().getJsonArray("byLevel").getJsonObject(1);
    assertTrue(notInCare.isNull("levelOfCare"), "the screen before admission: " + all.body());
    assertEquals(1, notInCare.getInt("screens"));

    assertEquals(403, api.get("reports/drug-screens", "carl.counselor").status());
    Api.Reply reversed =
        api.get("reports/drug-screens?from=" + today + "&to=" + today.minusDays(1), "adam.admin");
    assertEquals(422, reversed.status(), reversed.body());
    assertTrue(reversed.isProblem());
    assertEquals(400, api.get("reports/drug-screens?from=soon", "adam.admin").status());
  }

  private DrugScreen record(UUID patientId, LocalDateTime at, AnalyteResult... results)
      throws Exception {
    return asAdmin.call(
        () ->
            screens.record(
                patientId, new NewDrugScreen(at, Specimen.URINE, true, List.of(results))));
  }

  private static List<Expectation> expectations(DrugScreen screen) {
    return screen.getResults().stream().map(ScreenResult::getExpectation).toList();
  }

  private long auditRows(UUID patientId, String action, String outcome) throws Exception {
    return countApart(
        "select count(*) from audit_event where patient_id = ?1 and action = '"
            + action
            + "' and outcome = '"
            + outcome
            + "'",
        patientId);
  }

  /** A count in a transaction of its own. */
  private long countApart(String sql, Object parameter) throws Exception {
    tx.begin();
    try {
      return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult())
          .longValue();
    } finally {
      tx.commit();
    }
  }

  /** Registers and admits to WM 30 days ago, carl.counselor primary counselor. */
  private UUID registerAndAdmit(String family, String siteCode) throws Exception {
    return asIntake
        .call(
            () ->
                intake.registerAndAdmit(
                    new PatientRegistration(
                        "Test",
                        family,
                        LocalDate.of(1990, 4, 2),
                        SexAtBirth.F,
                        Substance.HEROIN,
                        siteCode),
                    new Admission(
                        today.minusDays(30),
                        LevelOfCare.WM,
                        ReferralSource.SELF,
                        "carl.counselor",
                        null)))
        .getPatient()
        .getId();
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
