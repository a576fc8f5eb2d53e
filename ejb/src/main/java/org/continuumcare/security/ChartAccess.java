package org.continuumcare.security;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.continuumcare.patient.Patient;
import org.continuumcare.shared.RecordNotFound;

/**
 * The chart-access check every service passes before it reads or changes a patient's record. A
 * patient the caller may not see is reported exactly like an unknown id ({@link RecordNotFound}).
 */
@Stateless
public class ChartAccess {

  /** How the caller came to see a chart; break-the-glass access is flagged in the audit trail. */
  public enum Via {
    ROLE_OR_CARE_TEAM,
    BREAK_THE_GLASS
  }

  @Resource private SessionContext session;
  @PersistenceContext private EntityManager em;

  /**
   * The patient, if the caller may open the chart; else the same error as an unknown id. The check
   * and its answer (break-the-glass or not) are noted for the audit trail ({@link ChartsChecked}).
   */
  public Patient readablePatient(UUID patientId) {
    Patient patient = em.find(Patient.class, patientId);
    Optional<Via> via = patient == null ? Optional.empty() : access(patientId);
    ChartsChecked.note(patientId, via.orElse(null));
    if (via.isEmpty()) {
      throw new RecordNotFound();
    }
    return patient;
  }

  /** How the caller may open this patient's chart, or empty when they may not. */
  public Optional<Via> access(UUID patientId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        visibility()
            .bind(
                em.createNativeQuery(
                    "select "
                        + Visibility.BY_ROLE_OR_CARE_TEAM
                        + ", "
                        + Visibility.BY_BREAKING_THE_GLASS
                        + " from patient p where p.id = :id"))
            .setParameter("id", patientId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    if (Boolean.TRUE.equals(rows.get(0)[0])) {
      return Optional.of(Via.ROLE_OR_CARE_TEAM);
    }
    return Boolean.TRUE.equals(rows.get(0)[1])
        ? Optional.of(Via.BREAK_THE_GLASS)
        : Optional.empty();
  }

  /** The current caller's visibility, for queries that list patients. */
  public Visibility visibility() {
    return new Visibility(
        session.getCallerPrincipal().getName(),
        session.isCallerInRole(Role.ADMINISTRATOR) || session.isCallerInRole(Role.INTAKE),
        session.isCallerInRole(Role.COUNSELOR),
        session.isCallerInRole(Role.PRESCRIBER),
        session.isCallerInRole(Role.NURSE));
  }
}
