package org.continuumcare.worklist;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.sql.Date;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.continuumcare.audit.Audited;
import org.continuumcare.security.ChartAccess;
import org.continuumcare.security.Role;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.SqlValues;
import org.continuumcare.shared.Today;

/**
 * The caller's due work, and completing it. Nurses see the items of their pool (withdrawal
 * reassessments): Continuum keeps no staff-to-site assignment, so the pool is every nurse — as a
 * nurse may open the chart of any patient with an open episode (DESIGN.md §5).
 */
@Stateless
@RolesAllowed({Role.COUNSELOR, Role.NURSE, Role.ADMINISTRATOR})
public class WorkListService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private ChartAccess access;
  @Inject private Today today;

  /** Open items assigned to the caller or to a pool of theirs, most overdue first. */
  public List<WorkListRow> mine() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select w.id, w.kind, w.detail, w.due_on, cast(:today as date) - w.due_on, p.id,"
                    + " p.mrn, p.family_name || ', ' || p.given_name"
                    + " from work_item w join patient p on p.id = w.patient_id"
                    + " where w.done_at is null and (w.assigned_to = :me"
                    + " or (w.assigned_to is null and w.kind in ("
                    + myPools()
                    + ")))"
                    + " order by w.due_on, p.family_name, w.id")
            .setParameter("today", Date.valueOf(today.in(null)))
            .setParameter("me", session.getCallerPrincipal().getName())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new WorkListRow(
                    (UUID) r[0],
                    WorkItem.Kind.valueOf((String) r[1]),
                    (String) r[2],
                    SqlValues.date(r[3]),
                    ((Number) r[4]).longValue(),
                    (UUID) r[5],
                    (String) r[6],
                    (String) r[7]))
        .toList();
  }

  /** The kinds whose unassigned items the caller shares, as an SQL list (never empty). */
  private String myPools() {
    return Arrays.stream(WorkItem.Kind.values())
        .filter(k -> k.pool() != null && session.isCallerInRole(k.pool()))
        .map(k -> "'" + k.name() + "'")
        .collect(
            Collectors.collectingAndThen(Collectors.joining(", "), s -> s.isEmpty() ? "null" : s));
  }

  /** Marks an item done (once; a second completion changes nothing). */
  @Audited
  public void complete(@NotNull UUID itemId) {
    WorkItem item = em.find(WorkItem.class, itemId);
    if (item == null) {
      throw new RecordNotFound();
    }
    access.readablePatient(item.getPatientId());
    item.complete(session.getCallerPrincipal().getName());
  }
}
