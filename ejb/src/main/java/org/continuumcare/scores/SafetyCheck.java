package org.continuumcare.scores;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;

/**
 * The SAFETY_CHECK work item a positive PHQ-9 item 9 puts on the primary counselor's work list, due
 * the same day, on the patient's latest episode (none when the patient was never admitted: the
 * chart's flag still shows). Keyed by the score, so putting it twice is harmless.
 */
public final class SafetyCheck {

  private SafetyCheck() {}

  public static void putOnWorkList(EntityManager em, ClinicalScore score, LocalDate today) {
    em.createNativeQuery(
            "insert into work_item (id, kind, ref, patient_id, episode_id, due_on, assigned_to,"
                + " detail)"
                + " select gen_random_uuid(), 'SAFETY_CHECK', 'safety_check:' || cast(:score as"
                + " varchar), e.patient_id, e.id, :today, e.primary_counselor, :detail"
                + " from episode e where e.patient_id = :p"
                + " order by e.admitted_on desc, e.discharged_on desc nulls first limit 1"
                + " on conflict (ref) do nothing")
        .setParameter("score", score.getId().toString())
        .setParameter("today", Date.valueOf(today))
        .setParameter("detail", SafetyFlag.reasonOf(score))
        .setParameter("p", score.getPatientId())
        .executeUpdate();
  }
}
