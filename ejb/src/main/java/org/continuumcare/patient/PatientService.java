package org.continuumcare.patient;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.continuumcare.audit.Audited;
import org.continuumcare.security.ChartAccess;
import org.continuumcare.security.Role;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.shared.Today;
import org.continuumcare.site.Site;
import org.continuumcare.site.Sites;

/** Registers patients and opens their chart header. */
@Stateless
public class PatientService {

  @PersistenceContext private EntityManager em;
  @EJB private Sites sites;
  @EJB private ChartAccess access;
  @Inject private Today today;

  /** A registered patient, and whether another patient has the same name and date of birth. */
  public record Registered(Patient patient, boolean possibleDuplicate) {}

  @Audited
  @RolesAllowed({Role.INTAKE, Role.ADMINISTRATOR})
  public Registered register(@NotNull @Valid PatientRegistration r) {
    String code = r.siteCode() == null || r.siteCode().isBlank() ? Site.DEFAULT_CODE : r.siteCode();
    Site site =
        sites
            .byCode(code)
            .orElseThrow(() -> new RuleViolation("siteCode", "patient.unknownSite", code));
    boolean duplicate =
        em.createQuery(
                    "select count(p) from Patient p where lower(p.givenName) = lower(:given)"
                        + " and lower(p.familyName) = lower(:family) and p.birthDate = :born",
                    Long.class)
                .setParameter("given", r.givenName().trim())
                .setParameter("family", r.familyName().trim())
                .setParameter("born", r.birthDate())
                .getSingleResult()
            > 0;
    Patient patient =
        new Patient(
            nextMrn(),
            r.givenName(),
            r.familyName(),
            r.birthDate(),
            r.sexAtBirth(),
            r.primarySubstance(),
            site,
            today.in(site.getTimeZone()));
    em.persist(patient);
    return new Registered(patient, duplicate);
  }

  /** The patient, if the caller may open the chart (else {@code RecordNotFound}). */
  @Audited
  @RolesAllowed({Role.INTAKE, Role.COUNSELOR, Role.PRESCRIBER, Role.NURSE, Role.ADMINISTRATOR})
  public Patient open(UUID patientId) {
    return access.readablePatient(patientId);
  }

  private String nextMrn() {
    Number n = (Number) em.createNativeQuery("select nextval('patient_mrn_seq')").getSingleResult();
    return String.format("C%07d", n.longValue());
  }
}
