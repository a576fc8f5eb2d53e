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
import java.util.UUID;
import org.continuumcare.audit.Audited;
import org.continuumcare.patient.Patient;
import org.continuumcare.security.ChartAccess;
import org.continuumcare.security.Role;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.Today;
import org.continuumcare.shared.WriteConflicts;

/** Part 2 consents: capture a signed consent, record its revocation, list a patient's consents. */
@Stateless
public class ConsentService {

  /** The open CONSENT_EXPIRING items, keyed {@code consent_expiring:<consent id>} by the job. */
  private static final String EXPIRY_WARNINGS_DONE =
      "update work_item w set done_at = now(), done_by = :me, version = version + 1"
          + " where w.kind = 'CONSENT_EXPIRING' and w.done_at is null";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private ChartAccess access;
  @Inject private Today today;

  /**
   * Captures a signed consent. The CONSENT_EXPIRING work items of the consents it {@linkplain
   * Renewal renews} are done with it.
   */
  @Audited
  @RolesAllowed({Role.INTAKE, Role.COUNSELOR, Role.ADMINISTRATOR})
  public Consent capture(@NotNull UUID patientId, @NotNull @Valid NewConsent consent) {
    Patient patient = access.readablePatient(patientId);
    Consent captured =
        Consent.capture(
            patient.getId(), consent, session.getCallerPrincipal().getName(), todayFor(patient));
    em.persist(captured);
    WriteConflicts.flush(em);
    em.createNativeQuery(
            EXPIRY_WARNINGS_DONE
                + " and w.ref in (select 'consent_expiring:' || c.id from consent c"
                + " where c.patient_id = :p and "
                + Renewal.OF_C
                + ")")
        .setParameter("me", session.getCallerPrincipal().getName())
        .setParameter("p", patientId)
        .executeUpdate();
    return captured;
  }

  /**
   * Records the patient's revocation; the consent authorizes no disclosure from now on, and its
   * CONSENT_EXPIRING work item is done.
   */
  @Audited
  @RolesAllowed({Role.INTAKE, Role.COUNSELOR, Role.ADMINISTRATOR})
  public Consent revoke(@NotNull UUID consentId, String reason) {
    Consent consent = em.find(Consent.class, consentId, LockModeType.PESSIMISTIC_WRITE);
    if (consent == null) {
      throw new RecordNotFound();
    }
    access.readablePatient(consent.getPatientId());
    consent.revoke(session.getCallerPrincipal().getName(), reason);
    WriteConflicts.flush(em);
    em.createNativeQuery(EXPIRY_WARNINGS_DONE + " and w.ref = :ref")
        .setParameter("me", session.getCallerPrincipal().getName())
        .setParameter("ref", "consent_expiring:" + consent.getId())
        .executeUpdate();
    return consent;
  }

  /** The patient's consents with their status today, latest signed first. */
  @Audited
  @RolesAllowed({Role.INTAKE, Role.COUNSELOR, Role.PRESCRIBER, Role.NURSE, Role.ADMINISTRATOR})
  public List<ConsentOnFile> consentsOf(@NotNull UUID patientId) {
    Patient patient = access.readablePatient(patientId);
    LocalDate on = todayFor(patient);
    return em
        .createQuery(
            "select c from Consent c where c.patientId = :patient"
                + " order by c.signedOn desc, c.recordedAt desc",
            Consent.class)
        .setParameter("patient", patientId)
        .getResultList()
        .stream()
        .map(c -> new ConsentOnFile(c, c.statusOn(on)))
        .toList();
  }

  private LocalDate todayFor(Patient patient) {
    return today.in(patient.getSite().getTimeZone());
  }
}
