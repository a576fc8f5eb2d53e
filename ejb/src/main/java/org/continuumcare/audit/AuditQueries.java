package org.continuumcare.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.continuumcare.security.Role;
import org.continuumcare.shared.SqlValues;

/**
 * The audit log for the auditor, latest first, optionally for one patient (by MRN) or only
 * break-the-glass access; reading it is itself audited.
 */
@Stateless
@Audited
@RolesAllowed({Role.AUDITOR, Role.ADMINISTRATOR})
public class AuditQueries {

  @PersistenceContext private EntityManager em;

  public List<AuditRow> latest(String mrn, boolean breakGlassOnly, int first, int size) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select a.id, a.at, a.username, a.subject, a.action, a.patient_id, p.mrn,"
                    + " a.episode_id, a.outcome, a.break_glass"
                    + " from audit_event a left join patient p on p.id = a.patient_id"
                    + " where (:mrn = '' or p.mrn = :mrn) and (not :glass or a.break_glass)"
                    + " order by a.id desc")
            .setParameter("mrn", mrn == null ? "" : mrn.trim())
            .setParameter("glass", breakGlassOnly)
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new AuditRow(
                    ((Number) r[0]).longValue(),
                    SqlValues.instant(r[1]),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (UUID) r[5],
                    (String) r[6],
                    (UUID) r[7],
                    Outcome.valueOf((String) r[8]),
                    (Boolean) r[9]))
        .toList();
  }
}
