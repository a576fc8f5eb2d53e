package org.continuumcare.recovery;

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
import java.util.Objects;
import java.util.UUID;
import org.continuumcare.audit.Audited;
import org.continuumcare.patient.Patient;
import org.continuumcare.security.ChartAccess;
import org.continuumcare.security.Role;
import org.continuumcare.shared.ChangedBySomeoneElse;
import org.continuumcare.shared.Today;
import org.continuumcare.shared.WriteConflicts;

/**
 * Recovery support (12-step): meetings attended, the recovery profile, relapses. Counseling work:
 * the care team's counselors and prescribers, and administrators (DESIGN.md §5).
 */
@Stateless
@RolesAllowed({Role.COUNSELOR, Role.PRESCRIBER, Role.ADMINISTRATOR})
public class RecoveryService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private ChartAccess access;
  @Inject private Today today;

  /** The patient's profile (empty when none was recorded), meetings and relapses. */
  @Audited
  public RecoveryRecord recordOf(@NotNull UUID patientId) {
    access.readablePatient(patientId);
    RecoveryProfile profile = em.find(RecoveryProfile.class, patientId);
    return new RecoveryRecord(
        profile != null ? profile : new RecoveryProfile(patientId),
        em.createQuery(
                "select m from Meeting m where m.patientId = :patient"
                    + " order by m.attendedOn desc, m.recordedAt desc",
                Meeting.class)
            .setParameter("patient", patientId)
            .getResultList(),
        em.createQuery(
                "select r from Relapse r where r.patientId = :patient order by r.occurredOn desc",
                Relapse.class)
            .setParameter("patient", patientId)
            .getResultList());
  }

  @Audited
  public Meeting attend(@NotNull UUID patientId, @NotNull @Valid NewMeeting meeting) {
    Patient patient = access.readablePatient(patientId);
    Meeting attended =
        Meeting.attended(
            patientId,
            meeting.attendedOn(),
            meeting.fellowship(),
            meeting.note(),
            session.getCallerPrincipal().getName(),
            todayFor(patient));
    em.persist(attended);
    return attended;
  }

  /**
   * Replaces the profile. {@code version}: the version the caller saw (a profile never saved is at
   * 0); a stale one is refused before any rule is checked. {@code null} skips the check. A changed
   * sobriety date withdraws the open milestone items of the old one (see {@link #relapse}).
   */
  @Audited
  public RecoveryProfile changeProfile(
      @NotNull UUID patientId, @NotNull ProfileChange change, Long version) {
    Patient patient = access.readablePatient(patientId);
    RecoveryProfile profile = locked(patientId);
    ChangedBySomeoneElse.check(version, profile.getVersion());
    LocalDate soberSince = profile.getSobrietyDate();
    profile.change(change, todayFor(patient));
    WriteConflicts.flush(em);
    if (!Objects.equals(soberSince, profile.getSobrietyDate())) {
      milestonesWithdrawn(patientId);
    }
    return profile;
  }

  /**
   * Records a relapse; the sobriety date becomes its date. {@code version} as above. The open
   * SOBRIETY_MILESTONE work items (all of the old sobriety date: the new one's first milestone is
   * 30 days away) are marked done; the work-list job puts the new date's milestones on the list.
   */
  @Audited
  public Relapse relapse(
      @NotNull UUID patientId, @NotNull LocalDate occurredOn, String note, Long version) {
    Patient patient = access.readablePatient(patientId);
    RecoveryProfile profile = locked(patientId);
    ChangedBySomeoneElse.check(version, profile.getVersion());
    Relapse relapse =
        profile.relapse(
            occurredOn, note, session.getCallerPrincipal().getName(), todayFor(patient));
    em.persist(relapse);
    WriteConflicts.flush(em);
    milestonesWithdrawn(patientId);
    return relapse;
  }

  private void milestonesWithdrawn(UUID patientId) {
    em.createNativeQuery(
            "update work_item set done_at = now(), done_by = :me, version = version + 1"
                + " where patient_id = :p and kind = 'SOBRIETY_MILESTONE' and done_at is null")
        .setParameter("me", session.getCallerPrincipal().getName())
        .setParameter("p", patientId)
        .executeUpdate();
  }

  /** The patient's profile, created empty on first use, locked for this transaction. */
  private RecoveryProfile locked(UUID patientId) {
    em.createNativeQuery(
            "insert into recovery_profile (patient_id) values (?1) on conflict do nothing")
        .setParameter(1, patientId)
        .executeUpdate();
    return em.find(RecoveryProfile.class, patientId, LockModeType.PESSIMISTIC_WRITE);
  }

  private LocalDate todayFor(Patient patient) {
    return today.in(patient.getSite().getTimeZone());
  }
}
