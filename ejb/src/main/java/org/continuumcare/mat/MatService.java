package org.continuumcare.mat;

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
import org.continuumcare.shared.Conflict;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.shared.Today;
import org.continuumcare.shared.WriteConflicts;

/**
 * Prescribing: start, change dose and phase, stop MAT orders; record that MAT was declined.
 * Nursing: record clinic-administered doses (given, missed, refused).
 */
@Stateless
public class MatService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private ChartAccess access;
  @Inject private Today today;

  @Audited
  @RolesAllowed({Role.PRESCRIBER, Role.ADMINISTRATOR})
  public MatOrder start(@NotNull UUID patientId, @NotNull @Valid NewMatOrder order) {
    Patient patient = access.readablePatient(patientId);
    boolean overlapping =
        em.createQuery(
                    "select count(o) from MatOrder o where o.patientId = :patient"
                        + " and (o.endedOn is null or o.endedOn > :start)",
                    Long.class)
                .setParameter("patient", patientId)
                .setParameter("start", order.startedOn())
                .getSingleResult()
            > 0;
    if (overlapping) {
      throw new Conflict("mat.activeOrderExists");
    }
    MatOrder started =
        MatOrder.start(
            patient.getId(),
            order.medication(),
            order.phase(),
            order.startedOn(),
            order.dose(),
            order.unit(),
            session.getCallerPrincipal().getName(),
            todayFor(patient));
    em.persist(started);
    WriteConflicts.flush(em);
    return started;
  }

  @Audited
  @RolesAllowed({Role.PRESCRIBER, Role.ADMINISTRATOR})
  public MatOrder changePhase(
      @NotNull UUID orderId, @NotNull Phase phase, @NotNull LocalDate effectiveOn) {
    MatOrder order = changing(orderId);
    order.changePhase(phase, effectiveOn, todayFor(order));
    WriteConflicts.flush(em);
    return order;
  }

  @Audited
  @RolesAllowed({Role.PRESCRIBER, Role.ADMINISTRATOR})
  public MatOrder changeDose(@NotNull UUID orderId, @NotNull @Valid DoseOrder change) {
    MatOrder order = changing(orderId);
    order.changeDose(
        change.dose(),
        change.unit(),
        change.effectiveOn(),
        change.reason(),
        session.getCallerPrincipal().getName(),
        todayFor(order));
    WriteConflicts.flush(em);
    return order;
  }

  /** Records the day's clinic-administered dose of an order: one per order and day. */
  @Audited
  @RolesAllowed({Role.NURSE, Role.ADMINISTRATOR})
  public Administration administer(@NotNull UUID orderId, @NotNull @Valid NewAdministration given) {
    MatOrder order = em.find(MatOrder.class, orderId, LockModeType.PESSIMISTIC_READ);
    if (order == null) {
      throw new RecordNotFound();
    }
    access.readablePatient(order.getPatientId());
    boolean recorded =
        em.createQuery(
                    "select count(a) from Administration a where a.orderId = :order"
                        + " and a.dosingDate = :date",
                    Long.class)
                .setParameter("order", orderId)
                .setParameter("date", given.date())
                .getSingleResult()
            > 0;
    if (recorded) {
      throw new Conflict("mat.administrationExists");
    }
    Administration administration =
        order.administer(
            given.date(),
            given.status(),
            given.dose(),
            given.note(),
            session.getCallerPrincipal().getName(),
            todayFor(order));
    em.persist(administration);
    WriteConflicts.flush(em);
    return administration;
  }

  /** The administrations of an order, latest first. */
  @Audited
  @RolesAllowed({Role.PRESCRIBER, Role.COUNSELOR, Role.NURSE, Role.ADMINISTRATOR})
  public List<Administration> administrationsOf(@NotNull UUID orderId) {
    MatOrder order = em.find(MatOrder.class, orderId);
    if (order == null) {
      throw new RecordNotFound();
    }
    access.readablePatient(order.getPatientId());
    return em.createQuery(
            "select a from Administration a where a.orderId = :order"
                + " order by a.dosingDate desc",
            Administration.class)
        .setParameter("order", orderId)
        .getResultList();
  }

  @Audited
  @RolesAllowed({Role.PRESCRIBER, Role.ADMINISTRATOR})
  public MatOrder stop(
      @NotNull UUID orderId, @NotNull LocalDate endedOn, @NotNull StopReason reason) {
    MatOrder order = changing(orderId);
    order.stop(endedOn, reason, todayFor(order));
    WriteConflicts.flush(em);
    return order;
  }

  @Audited
  @RolesAllowed({Role.PRESCRIBER, Role.COUNSELOR, Role.ADMINISTRATOR})
  public MatDeclined decline(@NotNull UUID patientId, @NotNull LocalDate decidedOn) {
    Patient patient = access.readablePatient(patientId);
    if (decidedOn.isAfter(todayFor(patient))) {
      throw new RuleViolation("decidedOn", "mat.declinedInFuture");
    }
    MatDeclined declined =
        new MatDeclined(patient.getId(), decidedOn, session.getCallerPrincipal().getName());
    em.persist(declined);
    return declined;
  }

  /** The patient's orders with their phases and dose history, latest first. */
  @Audited
  @RolesAllowed({Role.PRESCRIBER, Role.COUNSELOR, Role.NURSE, Role.ADMINISTRATOR})
  public List<MatOrder> ordersOf(@NotNull UUID patientId) {
    access.readablePatient(patientId);
    List<MatOrder> orders =
        em.createQuery(
                "select distinct o from MatOrder o left join fetch o.phases"
                    + " where o.patientId = :patient order by o.startedOn desc",
                MatOrder.class)
            .setParameter("patient", patientId)
            .getResultList();
    orders.forEach(o -> o.getDoses().size());
    return orders;
  }

  /** The patient's recorded "MAT declined" decisions, latest first. */
  @Audited
  @RolesAllowed({Role.PRESCRIBER, Role.COUNSELOR, Role.NURSE, Role.ADMINISTRATOR})
  public List<MatDeclined> declinedOf(@NotNull UUID patientId) {
    access.readablePatient(patientId);
    return em.createQuery(
            "select d from MatDeclined d where d.patientId = :patient order by d.decidedOn desc",
            MatDeclined.class)
        .setParameter("patient", patientId)
        .getResultList();
  }

  private MatOrder changing(UUID orderId) {
    MatOrder order = em.find(MatOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
    if (order == null) {
      throw new RecordNotFound();
    }
    access.readablePatient(order.getPatientId());
    order.getPhases().size();
    order.getDoses().size();
    return order;
  }

  private LocalDate todayFor(Patient patient) {
    return today.in(patient.getSite().getTimeZone());
  }

  private LocalDate todayFor(MatOrder order) {
    return todayFor(em.find(Patient.class, order.getPatientId()));
  }
}
