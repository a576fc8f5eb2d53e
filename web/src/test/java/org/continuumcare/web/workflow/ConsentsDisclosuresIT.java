package org.continuumcare.web.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.continuumcare.consent.Consent;
import org.continuumcare.consent.ConsentOnFile;
import org.continuumcare.consent.ConsentService;
import org.continuumcare.consent.ConsentStatus;
import org.continuumcare.consent.Disclosure;
import org.continuumcare.consent.DisclosureBasis;
import org.continuumcare.consent.DisclosureService;
import org.continuumcare.consent.EmergencyDisclosure;
import org.continuumcare.consent.NewConsent;
import org.continuumcare.consent.Part2Notice;
import org.continuumcare.consent.Purpose;
import org.continuumcare.consent.RecipientKind;
import org.continuumcare.consent.SignerRelation;
import org.continuumcare.episode.Admission;
import org.continuumcare.episode.ReferralSource;
import org.continuumcare.intake.IntakeService;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.patient.PatientRegistration;
import org.continuumcare.patient.SexAtBirth;
import org.continuumcare.patient.Substance;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.web.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Consents and disclosures under 42 CFR Part 2 inside Payara Micro against the real PostgreSQL:
 * every required consent element, revocation and expiry, disclosure only under a valid consent
 * naming the recipient and purpose (else nothing is written), emergency disclosure, roles, the
 * audit rows, and the append-only tables.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentsDisclosuresIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.inContainerWithCallers(ConsentsDisclosuresIT.class);
  }

  private static final String PAYER = "Blue Valley Health Plan";

  @EJB IntakeService intake;
  @EJB ConsentService consents;
  @EJB DisclosureService disclosures;
  @EJB Callers.AsIntake asIntake;
  @EJB Callers.AsCounselor asCounselor;
  @EJB Callers.AsAdministrator asAdmin;
  @EJB Callers.AsAuditor asAuditor;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;

  private final LocalDate today = LocalDate.now();

  @Test
  void aConsentWithEveryElementIsCapturedAndValidForItsRecipientAndPurpose() throws Exception {
    UUID patientId = registerAndAdmit(unique("Consent"));
    Consent c = asCounselor.call(() -> consents.capture(patientId, payerConsent()));

    assertEquals(ConsentStatus.VALID, c.statusOn(today));
    assertEquals(List.of(c.getId()), ids(asIntake.call(() -> consents.consentsOf(patientId))));
    assertTrue(
        asIntake
            .call(
                () ->
                    disclosures.validConsentFor(
                        patientId, " blue valley  health plan", Purpose.PAYMENT, today))
            .isPresent());
    assertFalse(
        asIntake
            .call(() -> disclosures.validConsentFor(patientId, PAYER, Purpose.LEGAL, today))
            .isPresent());
    assertFalse(
        asIntake
            .call(
                () -> disclosures.validConsentFor(patientId, "Other Plan", Purpose.PAYMENT, today))
            .isPresent());
    assertEquals(
        1L,
        count(
            "select count(*) from audit_event where patient_id = ?1"
                + " and action = 'ConsentService.capture' and outcome = 'SUCCESS'"
                + " and username = 'counselor'",
            patientId));
  }

  @Test
  void eachMissingElementIsRefusedOnItsField() throws Exception {
    UUID patientId = registerAndAdmit(unique("Elements"));
    Map<String, UnaryOperator<NewConsent>> missing = new LinkedHashMap<>();
    missing.put("discloser", c -> with(c, "discloser", null));
    missing.put("information", c -> with(c, "information", " "));
    missing.put("recipientKind", c -> with(c, "recipientKind", null));
    missing.put("recipientName", c -> with(c, "recipientName", ""));
    missing.put("purpose", c -> with(c, "purpose", null));
    missing.put("purposeDetail", c -> with(c, "purposeDetail", null));
    missing.put("revocationRightStated", c -> with(c, "revocationRightStated", false));
    missing.put("redisclosureStated", c -> with(c, "redisclosureStated", false));
    missing.put("refusalConsequencesStated", c -> with(c, "refusalConsequencesStated", false));
    missing.put("signedBy", c -> with(c, "signedBy", " "));
    missing.put("signerRelation", c -> with(c, "signerRelation", null));
    missing.put("signedOn", c -> with(c, "signedOn", null));
    for (var each : missing.entrySet()) {
      NewConsent incomplete = each.getValue().apply(payerConsent());
      Exception refused =
          assertThrows(
              Exception.class, () -> asIntake.call(() -> consents.capture(patientId, incomplete)));
      Map<String, String> fields = violations(refused);
      assertEquals(List.of(each.getKey()), List.copyOf(fields.keySet()), each.getKey());
      assertTrue(fields.get(each.getKey()).contains("42 CFR"), fields.toString());
    }
    NewConsent noExpiry = with(with(payerConsent(), "expiresOn", null), "expiryEvent", " ");
    RuleViolation refused =
        assertThrows(
            RuleViolation.class, () -> asIntake.call(() -> consents.capture(patientId, noExpiry)));
    assertEquals("expiresOn", refused.field());
    NewConsent future = with(payerConsent(), "signedOn", today.plusDays(1));
    assertEquals(
        "signedOn",
        assertThrows(
                RuleViolation.class, () -> asIntake.call(() -> consents.capture(patientId, future)))
            .field());

    assertEquals(0L, count("select count(*) from consent where patient_id = ?1", patientId));
    assertEquals(
        14L,
        count(
            "select count(*) from audit_event where patient_id = ?1"
                + " and action = 'ConsentService.capture' and outcome = 'REFUSED'",
            patientId));
    NewConsent byEvent =
        with(with(payerConsent(), "expiresOn", null), "expiryEvent", "end of treatment");
    assertEquals(
        ConsentStatus.VALID,
        asIntake.call(() -> consents.capture(patientId, byEvent)).statusOn(today.plusYears(5)));
  }

  @Test
  void aRevokedConsentAuthorizesNothingAndIsRevokedOnce() throws Exception {
    UUID patientId = registerAndAdmit(unique("Revoke"));
    Consent c = asIntake.call(() -> consents.capture(patientId, payerConsent()));

    assertEquals(
        "reason",
        assertThrows(
                RuleViolation.class, () -> asIntake.call(() -> consents.revoke(c.getId(), " ")))
            .field());
    Consent revoked =
        asCounselor.call(
            () -> consents.revoke(c.getId(), "Letter from the patient, received today"));
    assertEquals(ConsentStatus.REVOKED, revoked.statusOn(today));
    assertEquals("counselor", revoked.getRevokedBy());
    assertThrows(
        RuleViolation.class, () -> asIntake.call(() -> consents.revoke(c.getId(), "again")));

    assertNoDisclosureWithout(patientId, PAYER, Purpose.PAYMENT);
    assertEquals(
        1L,
        count(
            "select count(*) from audit_event where patient_id = ?1"
                + " and action = 'ConsentService.revoke' and outcome = 'SUCCESS'",
            patientId));
  }

  @Test
  void anExpiredConsentOrOneForAnotherRecipientOrPurposeRefusesDisclosure() throws Exception {
    UUID patientId = registerAndAdmit(unique("Expired"));
    NewConsent expired =
        with(
            with(payerConsent(), "signedOn", today.minusDays(90)), "expiresOn", today.minusDays(1));
    Consent c = asIntake.call(() -> consents.capture(patientId, expired));
    assertEquals(ConsentStatus.VALID, c.statusOn(today.minusDays(2)));
    assertEquals(ConsentStatus.EXPIRED, c.statusOn(today.minusDays(1)));
    assertNoDisclosureWithout(patientId, PAYER, Purpose.PAYMENT);

    asIntake.call(
        () -> consents.capture(patientId, with(payerConsent(), "recipientName", "Other Plan")));
    assertNoDisclosureWithout(patientId, PAYER, Purpose.PAYMENT);
    asIntake.call(
        () -> consents.capture(patientId, with(payerConsent(), "purpose", Purpose.LEGAL)));
    assertNoDisclosureWithout(patientId, PAYER, Purpose.PAYMENT);
  }

  @Test
  void aDisclosureUnderAValidConsentCarriesTheNoticeAndIsAccounted() throws Exception {
    UUID patientId = registerAndAdmit(unique("Disclose"));
    Consent c = asIntake.call(() -> consents.capture(patientId, payerConsent()));

    Disclosure d =
        asCounselor.call(
            () ->
                disclosures.disclose(
                    patientId, PAYER, Purpose.PAYMENT, "Face sheet: admission and level of care"));
    assertEquals(DisclosureBasis.CONSENT, d.getBasis());
    assertEquals(c.getId(), d.getConsentId());
    assertEquals(RecipientKind.PAYER, d.getRecipientKind());
    assertEquals(Part2Notice.STATEMENT, d.getNotice());
    assertEquals("counselor", d.getDisclosedBy());
    assertEquals(
        Part2Notice.STATEMENT, single("select notice from disclosure where id = ?1", d.getId()));

    assertEquals(
        List.of(d.getId()), dids(asAuditor.call(() -> disclosures.disclosuresOf(patientId))));
    assertEquals(
        List.of(d.getId()), dids(asAdmin.call(() -> disclosures.disclosuresOf(patientId))));
    assertTrue(
        asAuditor.call(() -> disclosures.disclosuresBetween(today.minusDays(1), today)).stream()
            .anyMatch(line -> line.disclosure().getId().equals(d.getId())));
    assertEquals(
        1L,
        count(
            "select count(*) from audit_event where patient_id = ?1"
                + " and action = 'DisclosureService.disclose' and outcome = 'SUCCESS'",
            patientId));
    assertEquals(
        1L,
        count(
            "select count(*) from audit_event where patient_id = ?1"
                + " and action = 'DisclosureService.disclosuresOf' and username = 'auditor'",
            patientId));
  }

  @Test
  void anEmergencyDisclosureRecordsItsBasisWithoutConsent() throws Exception {
    UUID patientId = registerAndAdmit(unique("Emergency"));
    Exception incomplete =
        assertThrows(
            Exception.class,
            () ->
                asIntake.call(
                    () ->
                        disclosures.discloseInEmergency(
                            patientId, new EmergencyDisclosure("Dr. Ana Ruiz", " ", "", "x"))));
    assertEquals(
        List.of("recipientAffiliation", "emergency"),
        violations(incomplete).keySet().stream().sorted((a, b) -> b.compareTo(a)).toList());

    Disclosure d =
        asCounselor.call(
            () ->
                disclosures.discloseInEmergency(
                    patientId,
                    new EmergencyDisclosure(
                        "Dr. Ana Ruiz",
                        "St. Mary's Emergency Department",
                        "Unresponsive after suspected overdose; treating physician asked for"
                            + " current medications",
                        "Current MAT order and dose")));
    assertEquals(DisclosureBasis.MEDICAL_EMERGENCY, d.getBasis());
    assertEquals(null, d.getConsentId());
    assertEquals(
        "MEDICAL_EMERGENCY St. Mary's Emergency Department counselor",
        single(
            "select basis || ' ' || recipient_affiliation || ' ' || disclosed_by from disclosure"
                + " where id = ?1",
            d.getId()));
    assertEquals(1L, count("select count(*) from disclosure where patient_id = ?1", patientId));
  }

  @Test
  void rolesAndChartsAreChecked() throws Exception {
    UUID patientId = registerAndAdmit(unique("Roles"));
    assertThrows(
        EJBAccessException.class,
        () -> asAuditor.call(() -> consents.capture(patientId, payerConsent())));
    assertThrows(
        EJBAccessException.class, () -> asAuditor.call(() -> consents.consentsOf(patientId)));
    assertThrows(
        EJBAccessException.class,
        () ->
            asAuditor.call(
                () -> disclosures.disclose(patientId, PAYER, Purpose.PAYMENT, "Face sheet")));
    assertThrows(
        EJBAccessException.class,
        () -> asCounselor.call(() -> disclosures.disclosuresBetween(today, today)));

    UUID notMine = registerAndAdmit(unique("NotMine"), "carl.counselor");
    assertThrows(
        RecordNotFound.class,
        () -> asCounselor.call(() -> consents.capture(notMine, payerConsent())));
    assertThrows(RecordNotFound.class, () -> asCounselor.call(() -> consents.consentsOf(notMine)));
    assertThrows(
        RecordNotFound.class,
        () -> asAuditor.call(() -> disclosures.disclosuresOf(UUID.randomUUID())));
    assertEquals(0L, count("select count(*) from consent where patient_id = ?1", notMine));
    assertEquals(
        2L,
        count(
            "select count(*) from audit_event where patient_id = ?1 and outcome = 'NOT_FOUND'"
                + " and username = 'counselor'",
            notMine));
  }

  @Test
  void theDatabaseKeepsConsentsAndDisclosuresAppendOnly() throws Exception {
    UUID patientId = registerAndAdmit(unique("AppendOnly"));
    Consent c = asIntake.call(() -> consents.capture(patientId, payerConsent()));
    Disclosure d =
        asIntake.call(() -> disclosures.disclose(patientId, PAYER, Purpose.PAYMENT, "Face sheet"));
    for (String change :
        List.of(
            "update consent set recipient_name = 'Someone else' where id = '" + c.getId() + "'",
            "update consent set expires_on = null, expiry_event = 'never' where id = '"
                + c.getId()
                + "'",
            "delete from consent where id = '" + c.getId() + "'",
            "update disclosure set description = 'nothing' where id = '" + d.getId() + "'",
            "delete from disclosure where id = '" + d.getId() + "'",
            "truncate disclosure")) {
      tx.begin();
      try {
        assertThrows(Exception.class, () -> em.createNativeQuery(change).executeUpdate(), change);
      } finally {
        tx.rollback();
      }
    }
    asIntake.call(() -> consents.revoke(c.getId(), "In writing"));
    tx.begin();
    try {
      assertThrows(
          Exception.class,
          () ->
              em.createNativeQuery(
                      "update consent set revocation_reason = 'changed' where id = '"
                          + c.getId()
                          + "'")
                  .executeUpdate());
    } finally {
      tx.rollback();
    }
    assertEquals(
        "In writing", single("select revocation_reason from consent where id = ?1", c.getId()));
  }

  private void assertNoDisclosureWithout(UUID patientId, String recipient, Purpose purpose)
      throws Exception {
    long before = count("select count(*) from disclosure where patient_id = ?1", patientId);
    long refusedBefore =
        count(
            "select count(*) from audit_event where patient_id = ?1"
                + " and action = 'DisclosureService.disclose' and outcome = 'REFUSED'",
            patientId);
    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () ->
                asIntake.call(
                    () -> disclosures.disclose(patientId, recipient, purpose, "Face sheet")));
    assertEquals("recipient", refused.field());
    assertTrue(refused.getMessage().contains("No valid consent"), refused.getMessage());
    assertFalse(
        asIntake
            .call(() -> disclosures.validConsentFor(patientId, recipient, purpose, today))
            .isPresent());
    assertEquals(before, count("select count(*) from disclosure where patient_id = ?1", patientId));
    assertEquals(
        refusedBefore + 1,
        count(
            "select count(*) from audit_event where patient_id = ?1"
                + " and action = 'DisclosureService.disclose' and outcome = 'REFUSED'",
            patientId));
  }

  private NewConsent payerConsent() {
    return new NewConsent(
        "Continuum Recovery Center",
        "Admission and discharge dates, level of care, diagnoses and MAT status",
        RecipientKind.PAYER,
        PAYER,
        Purpose.PAYMENT,
        "Authorization and payment of treatment claims",
        true,
        true,
        true,
        today.plusMonths(6),
        null,
        "Test Patient",
        SignerRelation.PATIENT,
        today.minusDays(2));
  }

  /** The consent with one element replaced. */
  private static NewConsent with(NewConsent c, String field, Object value) {
    Object[] v = {
      c.discloser(),
      c.information(),
      c.recipientKind(),
      c.recipientName(),
      c.purpose(),
      c.purposeDetail(),
      c.revocationRightStated(),
      c.redisclosureStated(),
      c.refusalConsequencesStated(),
      c.expiresOn(),
      c.expiryEvent(),
      c.signedBy(),
      c.signerRelation(),
      c.signedOn()
    };
    var components = NewConsent.class.getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      if (components[i].getName().equals(field)) {
        v[i] = value;
      }
    }
    return new NewConsent(
        (String) v[0],
        (String) v[1],
        (RecipientKind) v[2],
        (String) v[3],
        (Purpose) v[4],
        (String) v[5],
        (Boolean) v[6],
        (Boolean) v[7],
        (Boolean) v[8],
        (LocalDate) v[9],
        (String) v[10],
        (String) v[11],
        (SignerRelation) v[12],
        (LocalDate) v[13]);
  }

  /** The fields of a refused call's bean validation, with their messages. */
  private static Map<String, String> violations(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ConstraintViolationException cve) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
          String field = null;
          for (Path.Node node : v.getPropertyPath()) {
            field = node.getName();
          }
          fields.put(field, v.getMessage());
        }
        return fields;
      }
    }
    throw new AssertionError("not a validation failure: " + thrown, thrown);
  }

  private static List<UUID> ids(List<ConsentOnFile> list) {
    return list.stream().map(c -> c.consent().getId()).toList();
  }

  private static List<UUID> dids(List<Disclosure> list) {
    return list.stream().map(Disclosure::getId).toList();
  }

  private UUID registerAndAdmit(String family) throws Exception {
    return registerAndAdmit(family, "counselor");
  }

  private UUID registerAndAdmit(String family, String counselor) throws Exception {
    return asIntake
        .call(
            () ->
                intake.registerAndAdmit(
                    new PatientRegistration(
                        "Test",
                        family,
                        LocalDate.of(1988, 7, 14),
                        SexAtBirth.M,
                        Substance.HEROIN,
                        null),
                    new Admission(
                        today.minusDays(10),
                        LevelOfCare.RES,
                        ReferralSource.SELF,
                        counselor,
                        null)))
        .getPatient()
        .getId();
  }

  private long count(String sql, Object parameter) throws Exception {
    return ((Number) single(sql, parameter)).longValue();
  }

  /** One value read in a transaction of its own. */
  private Object single(String sql, Object parameter) throws Exception {
    tx.begin();
    try {
      return em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult();
    } finally {
      tx.commit();
    }
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
