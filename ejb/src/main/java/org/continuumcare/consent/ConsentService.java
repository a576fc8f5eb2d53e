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
import jakarta.persistence.PersistenceException;
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

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private ChartAccess access;
  @Inject private Today today;

  @Audited
  @RolesAllowed({Role.INTAKE, Role.COUNSELOR, Role.ADMINISTRATOR})
  public Consent capture(@NotNull UUID patientId, @NotNull @Valid NewConsent consent) {
    Patient patient = access.readablePatient(patientId);
    Consent captured =
        Consent.capture(
            patient.getId(), consent, session.getCallerPrincipal().getName(), todayFor(patient));
    em.persist(captured);
    flush();
    return captured;
  }

  /** Records the patient's revocation; the consent authorizes no disclosure from now on. */
  @Audited
  @RolesAllowed({Role.INTAKE, Role.COUNSELOR, Role.ADMINISTRATOR})
  public Consent revoke(@NotNull UUID consentId, String reason) {
    Consent consent = em.find(Consent.class, consentId, LockModeType.PESSIMISTIC_WRITE);
    if (consent == null) {
      throw new RecordNotFound();
    }
    access.readablePatient(consent.getPatientId());
    consent.revoke(session.getCallerPrincipal().getName(), reason);
    flush();
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

  private void flush() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw WriteConflicts.translate(e);
    }
  }
}
