package org.continuumcare.security;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.continuumcare.episode.Episode;
import org.continuumcare.patient.Patient;
import org.continuumcare.shared.RecordNotFound;

/**
 * The chart-access policy (DESIGN.md §5): administrators and intake see every patient; counselors
 * and prescribers those whose open or last episode lists them as primary counselor or prescriber;
 * nurses those with an open episode; auditors no chart. Anything else is {@link RecordNotFound}.
 */
@Stateless
public class ChartAccess {

  @Resource private SessionContext session;
  @PersistenceContext private EntityManager em;

  /** The patient, if the caller may open the chart; else the same error as an unknown id. */
  public Patient readablePatient(UUID patientId) {
    Patient patient = em.find(Patient.class, patientId);
    if (patient == null || !mayRead(patient)) {
      throw new RecordNotFound();
    }
    return patient;
  }

  public boolean mayRead(Patient patient) {
    if (session.isCallerInRole(Role.ADMINISTRATOR) || session.isCallerInRole(Role.INTAKE)) {
      return true;
    }
    Episode latest =
        em.createQuery(
                "select e from Episode e where e.patient = :patient"
                    + " order by e.admittedOn desc, e.dischargedOn desc nulls first",
                Episode.class)
            .setParameter("patient", patient)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (latest == null) {
      return false;
    }
    String me = session.getCallerPrincipal().getName();
    boolean onCareTeam =
        (session.isCallerInRole(Role.COUNSELOR) && me.equals(latest.getPrimaryCounselor()))
            || (session.isCallerInRole(Role.PRESCRIBER) && me.equals(latest.getPrescriber()));
    boolean nurseWithOpenEpisode =
        session.isCallerInRole(Role.NURSE) && latest.getDischargedOn() == null;
    return onCareTeam || nurseWithOpenEpisode;
  }
}
