package org.continuumcare.scores;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.continuumcare.audit.Audited;
import org.continuumcare.patient.Patient;
import org.continuumcare.security.ChartAccess;
import org.continuumcare.security.Role;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.shared.SqlValues;
import org.continuumcare.shared.Today;
import org.continuumcare.shared.WriteConflicts;

/**
 * Recording withdrawal scores (nurses, prescribers, intake) and PHQ-9/GAD-7 screens (also
 * counselors), reading them for the chart, and the safety flag a positive PHQ-9 item 9 raises: the
 * flag and a same-day SAFETY_CHECK on the primary counselor's work list, in the same transaction.
 */
@Stateless
public class ScoreService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private ChartAccess access;
  @Inject private Today today;
  @EJB private BandSetting bands;

  /**
   * Records a COWS or CIWA-Ar; the answers are one per item, in the instrument's item order. The
   * patient's open WITHDRAWAL_REASSESSMENT work items are done with it (the work-list job puts the
   * next one on the list when it is overdue in turn).
   */
  @Audited
  @RolesAllowed({Role.NURSE, Role.PRESCRIBER, Role.INTAKE, Role.ADMINISTRATOR})
  public ClinicalScore recordWithdrawalScore(
      @NotNull UUID patientId,
      @NotNull Instrument instrument,
      @NotNull List<Integer> items,
      @NotNull Instant takenAt) {
    ClinicalScore score = record(patientId, instrument, items, takenAt, true);
    em.createNativeQuery(
            "update work_item set done_at = now(), done_by = :me, version = version + 1"
                + " where patient_id = :p and kind = 'WITHDRAWAL_REASSESSMENT' and done_at is null")
        .setParameter("me", session.getCallerPrincipal().getName())
        .setParameter("p", patientId)
        .executeUpdate();
    return score;
  }

  /**
   * Records a PHQ-9 or GAD-7. A PHQ-9 with item 9 above 0 puts a safety flag on the chart (unless
   * one is open already) and a SAFETY_CHECK due today on the primary counselor's work list.
   */
  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.PRESCRIBER, Role.NURSE, Role.INTAKE, Role.ADMINISTRATOR})
  public ClinicalScore recordScreen(
      @NotNull UUID patientId,
      @NotNull Instrument instrument,
      @NotNull List<Integer> items,
      @NotNull Instant takenAt) {
    ClinicalScore score = record(patientId, instrument, items, takenAt, false);
    if (score.raisesSafetyConcern()) {
      raiseSafetyFlag(score);
    }
    return score;
  }

  /** The withdrawal scores, latest first, and the reassessment due during a WM stay. */
  @Audited
  @RolesAllowed({Role.NURSE, Role.PRESCRIBER, Role.COUNSELOR, Role.INTAKE, Role.ADMINISTRATOR})
  public WithdrawalHistory withdrawalOf(@NotNull UUID patientId) {
    Patient patient = access.readablePatient(patientId);
    List<ClinicalScore> scores = scoresOf(patientId, Instrument.of(true));
    @SuppressWarnings("unchecked")
    List<Object> wmStart =
        em.createNativeQuery(
                "select start_on from stay where patient_id = :p and end_on is null"
                    + " and level_of_care = 'WM'")
            .setParameter("p", patientId)
            .getResultList();
    Reassessment due = null;
    if (!wmStart.isEmpty()) {
      Instant stayStart = SqlValues.date(wmStart.get(0)).atStartOfDay(zoneOf(patient)).toInstant();
      due = Reassessment.during(stayStart, scores.isEmpty() ? null : scores.get(0).getTakenAt());
    }
    return new WithdrawalHistory(scores, due);
  }

  /** The PHQ-9 and GAD-7 screens, latest first, and the open safety flag. */
  @Audited
  @RolesAllowed({Role.NURSE, Role.PRESCRIBER, Role.COUNSELOR, Role.INTAKE, Role.ADMINISTRATOR})
  public ScreenHistory screensOf(@NotNull UUID patientId) {
    access.readablePatient(patientId);
    return new ScreenHistory(scoresOf(patientId, Instrument.of(false)), openFlag(patientId));
  }

  /**
   * The open safety flag, or {@code null}: what the chart header shows on every tab, read without
   * the screen history behind it.
   */
  @Audited
  @RolesAllowed({Role.NURSE, Role.PRESCRIBER, Role.COUNSELOR, Role.INTAKE, Role.ADMINISTRATOR})
  public SafetyFlag safetyFlagOf(@NotNull UUID patientId) {
    access.readablePatient(patientId);
    return openFlag(patientId);
  }

  /**
   * Clears the patient's safety flag with the documented safety assessment, and marks the open
   * SAFETY_CHECK work items of the patient done.
   */
  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.PRESCRIBER, Role.ADMINISTRATOR})
  public SafetyFlag clearSafetyFlag(@NotNull UUID patientId, String assessment) {
    access.readablePatient(patientId);
    SafetyFlag flag = openFlag(patientId);
    if (flag == null) {
      throw new RuleViolation(null, "safety.noFlag");
    }
    em.lock(flag, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    String me = session.getCallerPrincipal().getName();
    flag.clear(assessment, me, Instant.now());
    em.createNativeQuery(
            "update work_item set done_at = now(), done_by = :me, version = version + 1"
                + " where patient_id = :p and kind = 'SAFETY_CHECK' and done_at is null")
        .setParameter("me", me)
        .setParameter("p", patientId)
        .executeUpdate();
    WriteConflicts.flush(em);
    return flag;
  }

  private ClinicalScore record(
      UUID patientId,
      Instrument instrument,
      List<Integer> items,
      Instant takenAt,
      boolean withdrawal) {
    Patient patient = access.readablePatient(patientId);
    if (instrument.isWithdrawal() != withdrawal) {
      throw new RuleViolation(
          "instrument", withdrawal ? "score.notWithdrawal" : "score.notScreen", instrument.label());
    }
    @SuppressWarnings("unchecked")
    List<Object> open =
        em.createNativeQuery(
                "select id from episode where patient_id = :p and discharged_on is null")
            .setParameter("p", patientId)
            .getResultList();
    ClinicalScore score =
        ClinicalScore.record(
            patient.getId(),
            open.isEmpty() ? null : (UUID) open.get(0),
            instrument,
            items,
            bands.current(),
            takenAt,
            session.getCallerPrincipal().getName(),
            Instant.now());
    em.persist(score);
    WriteConflicts.flush(em);
    return score;
  }

  private void raiseSafetyFlag(ClinicalScore score) {
    if (openFlag(score.getPatientId()) == null) {
      em.persist(SafetyFlag.raisedBy(score));
    }
    Patient patient = em.find(Patient.class, score.getPatientId());
    SafetyCheck.putOnWorkList(em, score, today.in(patient.getSite().getTimeZone()));
    WriteConflicts.flush(em);
  }

  private SafetyFlag openFlag(UUID patientId) {
    return em.createQuery(
            "select f from SafetyFlag f where f.patientId = :p and f.clearedAt is null",
            SafetyFlag.class)
        .setParameter("p", patientId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private List<ClinicalScore> scoresOf(UUID patientId, List<Instrument> instruments) {
    return em.createQuery(
            "select s from ClinicalScore s where s.patientId = :p and s.instrument in :i"
                + " order by s.takenAt desc, s.recordedAt desc",
            ClinicalScore.class)
        .setParameter("p", patientId)
        .setParameter("i", instruments)
        .getResultList();
  }

  private static ZoneId zoneOf(Patient patient) {
    String zone = patient.getSite().getTimeZone();
    return zone == null ? ZoneId.systemDefault() : ZoneId.of(zone);
  }
}
