package org.continuumcare.web.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.continuumcare.audit.AuditChain;
import org.continuumcare.audit.AuditFilter;
import org.continuumcare.audit.AuditQueries;
import org.continuumcare.audit.Verification;
import org.continuumcare.episode.Admission;
import org.continuumcare.episode.EpisodeService;
import org.continuumcare.episode.ReferralSource;
import org.continuumcare.intake.IntakeService;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.patient.PatientRegistration;
import org.continuumcare.patient.PatientService;
import org.continuumcare.patient.SexAtBirth;
import org.continuumcare.patient.Substance;
import org.continuumcare.security.BreakGlassService;
import org.continuumcare.shared.Conflict;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.RuleViolation;
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
 * The audit trail inside Payara Micro against the real PostgreSQL: rows commit and roll back with
 * the change they record, refusals are recorded apart with their outcome and patient, the chain
 * verifies once the sequencer ran and names a row edited or removed behind the application's back,
 * the database refuses to change the trail, and no patient name reaches the trail or the log. Every
 * test leaves the trail verifiable.
 */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.inContainerWithCallers(AuditIT.class)
        .addClasses(Api.class, Api.Reply.class, Keycloak.class);
  }

  @EJB IntakeService intake;
  @EJB PatientService patients;
  @EJB EpisodeService episodes;
  @EJB BreakGlassService breakGlass;
  @EJB AuditChain chain;
  @EJB AuditQueries auditLog;
  @EJB Callers.AsIntake asIntake;
  @EJB Callers.AsIntakeInTransaction asIntakeInTransaction;
  @EJB Callers.AsAdministrator asAdmin;
  @EJB Callers.AsCounselor asCounselor;
  @EJB Callers.AsAuditor asAuditor;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;
  @ArquillianResource URL base;

  private final LocalDate today = LocalDate.now();

  @Test
  void aWriteAndItsAuditRowCommitOrRollBackTogether() throws Exception {
    tx.begin();
    UUID patientId;
    try {
      patientId =
          asIntakeInTransaction
              .call(() -> patients.register(registration(unique("Same"))))
              .patient()
              .getId();
      assertEquals(1L, count("select count(*) from audit_event where patient_id = ?1", patientId));
    } finally {
      tx.rollback();
    }
    assertEquals(0L, countApart("select count(*) from patient where id = ?1", patientId));
    assertEquals(
        0L, countApart("select count(*) from audit_event where patient_id = ?1", patientId));
  }

  @Test
  void refusalsAreRecordedApartWithTheirOutcome() throws Exception {
    UUID patientId = registerAndAdmit(unique("Refused"));
    assertThrows(
        Conflict.class,
        () -> asIntake.call(() -> episodes.admit(patientId, admission(LevelOfCare.RES, today))));
    assertEquals(
        1L, rows(patientId, "EpisodeService.admit", "SUCCESS"), "only the first admission");
    assertEquals(1L, rows(patientId, "EpisodeService.admit", "REFUSED"));

    UUID unknown = UUID.randomUUID();
    assertThrows(RecordNotFound.class, () -> asAdmin.call(() -> patients.open(unknown)));
    assertEquals(1L, rows(unknown, "PatientService.open", "NOT_FOUND"));

    String family = unique("RolledBack");
    assertThrows(
        RuleViolation.class,
        () ->
            asIntake.call(
                () ->
                    intake.registerAndAdmit(
                        registration(family), admission(LevelOfCare.RES, today.plusDays(2)))));
    UUID rolledBack =
        (UUID)
            single(
                "select patient_id from audit_event where action = 'EpisodeService.admit'"
                    + " and outcome = 'REFUSED' and username = 'intake' order by id desc limit 1");
    assertEquals(0L, countApart("select count(*) from patient where id = ?1", rolledBack));
    assertEquals(
        0L,
        countApart(
            "select count(*) from audit_event where patient_id = ?1 and outcome = 'SUCCESS'",
            rolledBack),
        "the registration rolled back with its audit row");
  }

  @Test
  void aRefusalAboutAnEpisodeNamesItsPatient() throws Exception {
    UUID patientId = registerAndAdmit(unique("Episode"));
    UUID episodeId =
        (UUID)
            single(
                "select id from episode where patient_id = '"
                    + patientId
                    + "' and discharged_on is null");
    assertThrows(
        Conflict.class,
        () ->
            asAdmin.call(
                () -> {
                  episodes.requireVersion(episodeId, 999L);
                  return null;
                }));
    assertEquals(
        1L,
        countApart(
            "select count(*) from audit_event where patient_id = ?1 and episode_id = '"
                + episodeId
                + "' and action = 'EpisodeService.requireVersion' and outcome = 'REFUSED'",
            patientId));
  }

  @Test
  void chartsOpenedByBreakingTheGlassAreFlagged() throws Exception {
    UUID patientId = registerAndAdmit(unique("Glass"));
    assertThrows(RecordNotFound.class, () -> asCounselor.call(() -> patients.open(patientId)));
    asCounselor.call(() -> breakGlass.grant(patientId, "on call, patient in crisis"));
    asCounselor.call(() -> patients.open(patientId));
    assertEquals(
        1L,
        countApart(
            "select count(*) from audit_event where patient_id = ?1 and username = 'counselor'"
                + " and outcome = 'NOT_FOUND' and not break_glass",
            patientId),
        "the refused attempt names the patient");
    assertEquals(
        2L,
        countApart(
            "select count(*) from audit_event where patient_id = ?1 and username = 'counselor'"
                + " and outcome = 'SUCCESS' and break_glass",
            patientId),
        "the grant and the chart opened with it");
  }

  @Test
  void readingTheTrailIsAudited() throws Exception {
    asAuditor.call(() -> auditLog.search(AuditFilter.all(), 0, 10));
    asAuditor.call(() -> chain.verify());
    assertTrue(
        countApart(
                "select count(*) from audit_event where username = ?1"
                    + " and action in ('AuditQueries.search', 'AuditChain.verify')",
                "auditor")
            >= 2);
  }

  @Test
  void theChainVerifiesOnceLinkedAndNamesAnEditedRow() throws Exception {
    UUID patientId = registerAndAdmit(unique("Chain"));
    Verification clean = asAuditor.call(() -> chain.verify());
    assertTrue(clean.verified(), String.valueOf(clean));
    long row = maxIdOf(patientId);
    assertEquals(
        0L,
        countApart("select count(*) from audit_event where chain_seq is null and id <= ?1", row),
        "the sequencer linked every row");

    Map<String, String> edits =
        Map.of(
            "outcome = 'DENIED'", "content was changed",
            "username = 'someone.else'", "content was changed",
            "hmac_format = 1", "replayed");
    for (var edit : edits.entrySet()) {
      String original =
          (String)
              single(
                  "select 'outcome = ''' || outcome || ''', username = ''' || username"
                      + " || ''', hmac_format = ' || hmac_format from audit_event where id = "
                      + row);
      behindTheApplicationsBack("update audit_event set " + edit.getKey() + " where id = " + row);
      try {
        Verification broken = asAuditor.call(() -> chain.verify());
        assertFalse(broken.verified(), edit.getKey());
        assertEquals(row, broken.firstBrokenRow(), edit.getKey());
        assertTrue(broken.reason().contains(edit.getValue()), broken.reason());
      } finally {
        behindTheApplicationsBack("update audit_event set " + original + " where id = " + row);
      }
      Verification repaired = asAuditor.call(() -> chain.verify());
      assertTrue(repaired.verified(), String.valueOf(repaired));
    }
  }

  @Test
  void aRemovedRowIsNamedByTheNextAndACutTailByTheNotedHead() throws Exception {
    UUID patientId = registerAndAdmit(unique("Removed"));
    Verification before = asAuditor.call(() -> chain.verify());
    assertTrue(before.verified(), String.valueOf(before));
    long row = countApart("select min(id) from audit_event where patient_id = ?1", patientId);
    long next =
        ((Number)
                single(
                    "select id from audit_event where chain_seq ="
                        + " (select chain_seq + 1 from audit_event where id = "
                        + row
                        + ")"))
            .longValue();
    behindTheApplicationsBack(
        "create table audit_event_removed_in_test as select * from audit_event where id = " + row,
        "delete from audit_event where id = " + row);
    try {
      Verification broken = asAuditor.call(() -> chain.verify());
      assertFalse(broken.verified());
      assertEquals(next, broken.firstBrokenRow());
      assertTrue(broken.reason().contains("removed"), broken.reason());
    } finally {
      behindTheApplicationsBack(
          "insert into audit_event select * from audit_event_removed_in_test",
          "drop table audit_event_removed_in_test");
    }

    Verification head = asAuditor.call(() -> chain.verify());
    assertTrue(head.verified(), String.valueOf(head));
    assertNotNull(head.headSeq());
    Verification again = asAuditor.call(() -> chain.verify(head.headSeq(), head.headHmac()));
    assertTrue(again.verified(), "the noted head is still in the chain: " + again);
    Verification cut = asAuditor.call(() -> chain.verify(head.headSeq() + 1_000_000, "00"));
    assertFalse(cut.verified(), "a head beyond the end: rows were cut off");
    assertNull(cut.firstBrokenRow());
  }

  @Test
  void theDatabaseRefusesToChangeTheTrail() throws Exception {
    UUID patientId = registerAndAdmit(unique("AppendOnly"));
    asAuditor.call(() -> chain.verify());
    long row = maxIdOf(patientId);
    for (String change :
        List.of(
            "update audit_event set outcome = 'DENIED' where id = " + row,
            "update audit_event set chain_seq = null, chain_hmac = null where id = " + row,
            "delete from audit_event where id = " + row,
            "truncate audit_event")) {
      tx.begin();
      try {
        assertThrows(Exception.class, () -> em.createNativeQuery(change).executeUpdate(), change);
      } finally {
        tx.rollback();
      }
    }
    assertEquals(1L, countApart("select count(*) from audit_event where id = ?1", row));
  }

  @Test
  void aRoleRefusedAtTheApiIsRecordedOnceWithTheKeycloakSubject() throws Exception {
    Api api = new Api(base);
    Api.Reply created =
        api.post(
            "patients",
            "ivy.intake",
            "{\"givenName\":\"Test\",\"familyName\":\""
                + unique("Api")
                + "\",\"birthDate\":\"1990-04-02\",\"sexAtBirth\":\"F\","
                + "\"primarySubstance\":\"HEROIN\"}");
    assertEquals(201, created.status(), created.body());
    UUID patientId = UUID.fromString(created.json().getString("id"));
    Api.Reply refused = api.get("patients/" + patientId, "aldo.auditor");
    assertEquals(403, refused.status());
    assertTrue(
        refused.raw().headers().firstValue("Set-Cookie").isEmpty(), "no session for the API");

    assertEquals(
        1L,
        countApart(
            "select count(*) from audit_event where patient_id = ?1 and outcome = 'DENIED'"
                + " and username = 'aldo.auditor' and subject is not null",
            patientId),
        "one refusal, one row");
    assertEquals(
        1L,
        countApart(
            "select count(*) from audit_event where patient_id = ?1 and outcome = 'SUCCESS'"
                + " and username = 'ivy.intake' and subject is not null",
            patientId),
        "a bearer-token call carries the token's subject into the services");

    Api.Reply log = api.get("audit?patientId=" + patientId, "aldo.auditor");
    assertEquals(200, log.status(), log.body());
    List<JsonObject> items = log.json().getJsonArray("items").getValuesAs(JsonObject.class);
    assertEquals(2, items.size(), log.body());
    assertEquals("DENIED", items.get(0).getString("outcome"), log.body());
    Api.Reply later =
        api.get("audit?patientId=" + patientId + "&from=" + today.plusDays(2), "aldo.auditor");
    assertEquals(200, later.status(), later.body());
    assertEquals(0, later.json().getJsonArray("items").size(), later.body());
    assertEquals(400, api.get("audit?from=yesterday", "aldo.auditor").status());
    assertEquals(400, api.get("audit?patientId=nobody", "aldo.auditor").status());
  }

  @Test
  void theAuditorVerifiesOverTheApi() throws Exception {
    registerAndAdmit(unique("Verified"));
    Api api = new Api(base);
    Api.Reply ok = api.get("audit/verification", "aldo.auditor");
    assertEquals(200, ok.status(), ok.body());
    JsonObject v = ok.json();
    assertTrue(v.getBoolean("verified"), ok.body());
    assertTrue(v.getJsonNumber("rowsChecked").longValue() > 0, ok.body());
    assertTrue(v.isNull("firstBrokenRow"), ok.body());
    long headSeq = v.getJsonNumber("headSeq").longValue();
    String headHmac = v.getString("headHmac");
    Api.Reply same =
        api.get("audit/verification?headSeq=" + headSeq + "&headHmac=" + headHmac, "aldo.auditor");
    assertTrue(same.json().getBoolean("verified"), same.body());
    Api.Reply cut =
        api.get(
            "audit/verification?headSeq=" + (headSeq + 1_000_000) + "&headHmac=" + headHmac,
            "aldo.auditor");
    assertFalse(cut.json().getBoolean("verified"), cut.body());
    assertEquals(400, api.get("audit/verification?headSeq=1", "aldo.auditor").status());
    assertEquals(403, api.get("audit/verification", "carl.counselor").status());
  }

  @Test
  void noPatientNameReachesTheTrailOrTheLog() throws Exception {
    String family = unique("Zebulon");
    Captured log = Captured.onRootLogger();
    try {
      Logger.getLogger(AuditIT.class.getName()).info("capture check");
      UUID patientId = registerAndAdmit(family);
      assertThrows(
          Conflict.class,
          () -> asIntake.call(() -> episodes.admit(patientId, admission(LevelOfCare.WM, today))));
      assertThrows(
          RuleViolation.class,
          () ->
              asIntake.call(
                  () ->
                      intake.registerAndAdmit(
                          registration(family), admission(LevelOfCare.RES, today.plusDays(3)))));
      assertThrows(RecordNotFound.class, () -> asCounselor.call(() -> patients.open(patientId)));
      new Api(base)
          .post(
              "patients",
              "carl.counselor",
              "{\"givenName\":\"Test\",\"familyName\":\"" + family + "\"}");
      asAuditor.call(() -> chain.verify());
    } finally {
      log.close();
    }
    assertTrue(log.contains("capture check"), "the log is captured");
    assertFalse(log.contains(family), "a patient's name is in the log");
    assertEquals(
        0L,
        countApart(
            "select count(*) from audit_event"
                + " where position(?1 in username || coalesce(subject, '') || action) > 0",
            family));
  }

  /** Every record logged in this JVM while open, as formatted (with any exception). */
  private static final class Captured extends Handler {
    private final List<String> texts = Collections.synchronizedList(new ArrayList<>());
    private final SimpleFormatter format = new SimpleFormatter();

    static Captured onRootLogger() {
      Captured c = new Captured();
      c.setLevel(Level.ALL);
      Logger.getLogger("").addHandler(c);
      return c;
    }

    @Override
    public void publish(LogRecord record) {
      texts.add(format.format(record));
    }

    boolean contains(String text) {
      synchronized (texts) {
        return texts.stream().anyMatch(t -> t.contains(text));
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
      Logger.getLogger("").removeHandler(this);
    }
  }

  /** Runs statements with the append-only trigger off, as the table's owner could. */
  private void behindTheApplicationsBack(String... statements) throws Exception {
    tx.begin();
    try {
      em.createNativeQuery("alter table audit_event disable trigger audit_event_append_only")
          .executeUpdate();
      for (String sql : statements) {
        em.createNativeQuery(sql).executeUpdate();
      }
      em.createNativeQuery("alter table audit_event enable trigger audit_event_append_only")
          .executeUpdate();
    } finally {
      tx.commit();
    }
  }

  private long rows(UUID patientId, String action, String outcome) throws Exception {
    return countApart(
        "select count(*) from audit_event where patient_id = ?1 and action = '"
            + action
            + "' and outcome = '"
            + outcome
            + "'",
        patientId);
  }

  private long maxIdOf(UUID patientId) throws Exception {
    return countApart("select max(id) from audit_event where patient_id = ?1", patientId);
  }

  /** A count in the current transaction. */
  private long count(String sql, Object parameter) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult())
        .longValue();
  }

  /** A count in a transaction of its own. */
  private long countApart(String sql, Object parameter) throws Exception {
    tx.begin();
    try {
      return count(sql, parameter);
    } finally {
      tx.commit();
    }
  }

  private Object single(String sql) throws Exception {
    tx.begin();
    try {
      return em.createNativeQuery(sql).getSingleResult();
    } finally {
      tx.commit();
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
}
