package org.continuumcare.consent;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.continuumcare.audit.Audited;
import org.continuumcare.patient.Patient;
import org.continuumcare.security.ChartAccess;
import org.continuumcare.security.Role;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.shared.Today;

/**
 * Disclosures of a patient's records outside the program (42 CFR Part 2): only under a valid
 * consent naming the recipient and purpose, or in a medical emergency (§2.51); each one is written
 * to the accounting of disclosures with the §2.32 notice. A document that discloses records (e.g.
 * the face sheet) calls {@link #disclose} in its own transaction: no consent, no document and no
 * row.
 */
@Stateless
public class DisclosureService {

  /** The accounting of disclosures of all patients, for the auditor: one line with its patient. */
  public record AccountingLine(Disclosure disclosure, String mrn, String patientName) {}

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private ChartAccess access;
  @Inject private Today today;

  /** The consent that authorizes disclosing to {@code recipient} for {@code purpose} on a date. */
  @Audited
  @RolesAllowed({Role.INTAKE, Role.COUNSELOR, Role.PRESCRIBER, Role.NURSE, Role.ADMINISTRATOR})
  public Optional<Consent> validConsentFor(
      @NotNull UUID patientId, String recipient, @NotNull Purpose purpose, @NotNull LocalDate on) {
    access.readablePatient(patientId);
    return validConsent(patientId, recipient, purpose, on);
  }

  /**
   * Discloses records today to {@code recipient} for {@code purpose}, under the patient's valid
   * consent naming them, and returns the disclosure with the notice to print on what is released.
   * Refused (nothing written) when no valid consent names that recipient and purpose.
   */
  @Audited
  @RolesAllowed({Role.INTAKE, Role.COUNSELOR, Role.PRESCRIBER, Role.ADMINISTRATOR})
  public Disclosure disclose(
      @NotNull UUID patientId, String recipient, @NotNull Purpose purpose, String description) {
    Patient patient = access.readablePatient(patientId);
    if (recipient == null || recipient.isBlank()) {
      throw new RuleViolation("recipient", "disclosure.recipientRequired");
    }
    if (description == null || description.isBlank()) {
      throw new RuleViolation("description", "disclosure.descriptionRequired");
    }
    LocalDate on = todayFor(patient);
    // The consent is share-locked and read again: a revocation committing meanwhile either
    // waits for this disclosure or is seen by it.
    Consent consent =
        validConsent(patientId, recipient, purpose, on)
            .map(
                c -> {
                  em.refresh(c, LockModeType.PESSIMISTIC_READ);
                  return c;
                })
            .filter(c -> c.authorizes(recipient, purpose, on))
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "recipient", "disclosure.noValidConsent", recipient.trim(), purpose));
    Disclosure disclosure =
        Disclosure.underConsent(consent, description, session.getCallerPrincipal().getName(), on);
    em.persist(disclosure);
    return disclosure;
  }

  /** Records a disclosure to medical personnel in a medical emergency (§2.51), without consent. */
  @Audited
  @RolesAllowed({Role.INTAKE, Role.COUNSELOR, Role.PRESCRIBER, Role.NURSE, Role.ADMINISTRATOR})
  public Disclosure discloseInEmergency(
      @NotNull UUID patientId, @NotNull @Valid EmergencyDisclosure emergency) {
    Patient patient = access.readablePatient(patientId);
    Disclosure disclosure =
        Disclosure.inEmergency(
            patient.getId(), emergency, session.getCallerPrincipal().getName(), todayFor(patient));
    em.persist(disclosure);
    return disclosure;
  }

  /**
   * The patient's accounting of disclosures, latest first. Auditors read it without opening the
   * chart; everyone else needs the chart.
   */
  @Audited
  @RolesAllowed({
    Role.INTAKE,
    Role.COUNSELOR,
    Role.PRESCRIBER,
    Role.NURSE,
    Role.ADMINISTRATOR,
    Role.AUDITOR
  })
  public List<Disclosure> disclosuresOf(@NotNull UUID patientId) {
    if (session.isCallerInRole(Role.AUDITOR) && !session.isCallerInRole(Role.ADMINISTRATOR)) {
      if (em.find(Patient.class, patientId) == null) {
        throw new RecordNotFound();
      }
    } else {
      access.readablePatient(patientId);
    }
    return em.createQuery(
            "select d from Disclosure d where d.patientId = :patient order by d.disclosedAt desc",
            Disclosure.class)
        .setParameter("patient", patientId)
        .getResultList();
  }

  /** All disclosures made from {@code from} to {@code to} (inclusive), latest first. */
  @Audited
  @RolesAllowed({Role.AUDITOR, Role.ADMINISTRATOR})
  public List<AccountingLine> disclosuresBetween(@NotNull LocalDate from, @NotNull LocalDate to) {
    List<Object[]> rows =
        em.createQuery(
                "select d, p.mrn, p.givenName, p.familyName from Disclosure d, Patient p"
                    + " where p.id = d.patientId and d.disclosedOn >= :from"
                    + " and d.disclosedOn <= :to order by d.disclosedAt desc",
                Object[].class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(1000)
            .getResultList();
    return rows.stream()
        .map(r -> new AccountingLine((Disclosure) r[0], (String) r[1], r[3] + ", " + r[2]))
        .toList();
  }

  private Optional<Consent> validConsent(
      UUID patientId, String recipient, Purpose purpose, LocalDate on) {
    return em
        .createQuery(
            "select c from Consent c where c.patientId = :patient and c.purpose = :purpose"
                + " order by c.signedOn desc",
            Consent.class)
        .setParameter("patient", patientId)
        .setParameter("purpose", purpose)
        .getResultList()
        .stream()
        .filter(c -> c.authorizes(recipient, purpose, on))
        .findFirst();
  }

  private LocalDate todayFor(Patient patient) {
    return today.in(patient.getSite().getTimeZone());
  }
}
