package org.continuumcare.drugscreen;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.continuumcare.audit.Audited;
import org.continuumcare.mat.MatOrder;
import org.continuumcare.mat.Medication;
import org.continuumcare.patient.Patient;
import org.continuumcare.security.ChartAccess;
import org.continuumcare.security.Role;
import org.continuumcare.shared.Today;

/**
 * Drug screens: record one (classified against the MAT order active on the collection date) and
 * list a patient's screens. Nurses collect screens (DESIGN.md §5); the care team reads them.
 */
@Stateless
public class DrugScreenService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private ChartAccess access;
  @Inject private Today today;

  @Audited
  @RolesAllowed({Role.NURSE, Role.COUNSELOR, Role.PRESCRIBER, Role.ADMINISTRATOR})
  public DrugScreen record(@NotNull UUID patientId, @NotNull @Valid NewDrugScreen screen) {
    Patient patient = access.readablePatient(patientId);
    String zone = patient.getSite().getTimeZone();
    LocalDateTime now =
        LocalDateTime.of(
            today.in(zone), LocalTime.now(zone == null ? ZoneId.systemDefault() : ZoneId.of(zone)));
    Medication mat =
        screen.collectedAt() == null
            ? null
            : activeMedication(patientId, screen.collectedAt().toLocalDate());
    DrugScreen recorded =
        DrugScreen.record(patientId, screen, mat, session.getCallerPrincipal().getName(), now);
    em.persist(recorded);
    return recorded;
  }

  /** The patient's screens with their results, latest collection first. */
  @Audited
  @RolesAllowed({Role.NURSE, Role.COUNSELOR, Role.PRESCRIBER, Role.ADMINISTRATOR})
  public List<DrugScreen> screensOf(@NotNull UUID patientId) {
    access.readablePatient(patientId);
    return em.createQuery(
            "select distinct s from DrugScreen s left join fetch s.results"
                + " where s.patientId = :patient order by s.collectedAt desc",
            DrugScreen.class)
        .setParameter("patient", patientId)
        .getResultList();
  }

  /** The medication of the MAT order active on {@code date} (at most one), or {@code null}. */
  private Medication activeMedication(UUID patientId, LocalDate date) {
    return em.createQuery(
            "select o from MatOrder o where o.patientId = :patient and o.startedOn <= :date"
                + " and (o.endedOn is null or o.endedOn > :date)",
            MatOrder.class)
        .setParameter("patient", patientId)
        .setParameter("date", date)
        .getResultStream()
        .findFirst()
        .map(MatOrder::getMedication)
        .orElse(null);
  }
}
