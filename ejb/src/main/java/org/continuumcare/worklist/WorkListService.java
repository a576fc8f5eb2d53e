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
import java.util.List;
import java.util.UUID;
import org.continuumcare.audit.Audited;
import org.continuumcare.security.ChartAccess;
import org.continuumcare.security.Role;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.SqlValues;
import org.continuumcare.shared.Today;

/** The caller's due work, and completing it. */
@Stateless
@RolesAllowed({Role.COUNSELOR, Role.ADMINISTRATOR})
public class WorkListService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private ChartAccess access;
  @Inject private Today today;

  /** Open items assigned to the caller, most overdue first. */
  public List<WorkListRow> mine() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select w.id, w.kind, w.due_on, cast(:today as date) - w.due_on, p.id, p.mrn,"
                    + " p.family_name || ', ' || p.given_name"
                    + " from work_item w join patient p on p.id = w.patient_id"
                    + " where w.done_at is null and w.assigned_to = :me"
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
                    SqlValues.date(r[2]),
                    ((Number) r[3]).longValue(),
                    (UUID) r[4],
                    (String) r[5],
                    (String) r[6]))
        .toList();
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
