package org.continuumcare.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.continuumcare.audit.Audited;
import org.continuumcare.patient.Patient;
import org.continuumcare.shared.RecordNotFound;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Break-the-glass (DESIGN.md §5): a clinician opens a chart outside their caseload for a stated
 * reason, for a limited time ({@code continuum.break-glass.minutes}, default 60). Every grant is
 * listed for the auditor.
 */
@Stateless
public class BreakGlassService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;

  @Inject
  @ConfigProperty(name = "continuum.break-glass.minutes", defaultValue = "60")
  private int minutes;

  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.PRESCRIBER, Role.NURSE})
  public BreakGlass grant(@NotNull UUID patientId, @NotBlank @Size(max = 2000) String reason) {
    if (em.find(Patient.class, patientId) == null) {
      throw new RecordNotFound();
    }
    BreakGlass grant =
        new BreakGlass(
            patientId, session.getCallerPrincipal().getName(), reason, Duration.ofMinutes(minutes));
    em.persist(grant);
    return grant;
  }

  /**
   * Break-the-glass by medical record number, as a clinician at the front desk knows the patient;
   * an unknown number is {@code RecordNotFound}. Returns the grant.
   */
  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.PRESCRIBER, Role.NURSE})
  public BreakGlass grantByMrn(@NotBlank String mrn, @NotBlank @Size(max = 2000) String reason) {
    UUID patientId =
        em.createQuery("select p.id from Patient p where p.mrn = :mrn", UUID.class)
            .setParameter("mrn", mrn.trim().toUpperCase(Locale.ROOT))
            .getResultStream()
            .findFirst()
            .orElseThrow(RecordNotFound::new);
    return grant(patientId, reason);
  }

  /** All grants, latest first, for the auditor's review. */
  @RolesAllowed({Role.AUDITOR, Role.ADMINISTRATOR})
  public List<BreakGlass> recentGrants(int limit) {
    return em.createQuery("select b from BreakGlass b order by b.grantedAt desc", BreakGlass.class)
        .setMaxResults(limit)
        .getResultList();
  }
}
