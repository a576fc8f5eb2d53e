package org.continuumcare.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.continuumcare.security.Role;
import org.continuumcare.shared.SqlValues;

/** The audit log for the auditor, latest first, a page at a time; reading it is itself audited. */
@Stateless
@Audited
@RolesAllowed({Role.AUDITOR, Role.ADMINISTRATOR})
public class AuditQueries {

  @PersistenceContext private EntityManager em;

  /** The log, optionally for one patient (by MRN) or only break-the-glass access. */
  public List<AuditRow> latest(String mrn, boolean breakGlassOnly, int first, int size) {
    return rows(new AuditFilter(null, mrn, null, null, breakGlassOnly), first, size);
  }

  /** The rows the filter selects, latest first: {@code size} of them from row {@code first}. */
  public List<AuditRow> search(AuditFilter filter, int first, int size) {
    return rows(filter, first, size);
  }

  private List<AuditRow> rows(AuditFilter filter, int first, int size) {
    List<String> where = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (filter.patientId() != null) {
      where.add("a.patient_id = :patient");
      parameters.put("patient", filter.patientId());
    }
    if (filter.mrn() != null && !filter.mrn().isBlank()) {
      where.add("p.mrn = :mrn");
      parameters.put("mrn", filter.mrn().trim());
    }
    if (filter.from() != null) {
      where.add("a.at >= :from");
      parameters.put("from", Timestamp.from(filter.from()));
    }
    if (filter.to() != null) {
      where.add("a.at < :to");
      parameters.put("to", Timestamp.from(filter.to()));
    }
    if (filter.breakGlassOnly()) {
      where.add("a.break_glass");
    }
    Query query =
        em.createNativeQuery(
            "select a.id, a.at, a.username, a.subject, a.action, a.patient_id, p.mrn,"
                + " a.episode_id, a.outcome, a.break_glass"
                + " from audit_event a left join patient p on p.id = a.patient_id"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by a.id desc");
    parameters.forEach(query::setParameter);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.setFirstResult(first).setMaxResults(size).getResultList();
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
