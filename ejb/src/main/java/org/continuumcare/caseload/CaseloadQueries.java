package org.continuumcare.caseload;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.continuumcare.audit.Audited;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.mat.Medication;
import org.continuumcare.security.ChartAccess;
import org.continuumcare.security.Role;
import org.continuumcare.security.Visibility;
import org.continuumcare.shared.SqlValues;
import org.continuumcare.shared.Today;

/**
 * The caller's patients with their latest episode: in care first, by intensity of the level of care
 * and days in it; searchable by name or MRN, filterable by level, paged. Break-the-glass grants
 * open a chart but do not put a patient on a caseload.
 */
@Stateless
@Audited
@RolesAllowed({Role.INTAKE, Role.COUNSELOR, Role.PRESCRIBER, Role.NURSE, Role.ADMINISTRATOR})
public class CaseloadQueries {

  /** One page of a caseload and the number of patients on all pages. */
  public record Page(List<CaseloadRow> rows, long total) {}

  private static final String FROM =
      " from patient p"
          + " join lateral (select e.id, e.admitted_on, e.discharged_on, e.primary_counselor"
          + "   from episode e where e.patient_id = p.id"
          + "   order by e.admitted_on desc, e.discharged_on desc nulls first limit 1) e on true"
          + " left join stay s on s.episode_id = e.id and s.end_on is null"
          + " left join site si on si.id = s.site_id"
          + " where "
          + Visibility.BY_ROLE_OR_CARE_TEAM
          + " and (:query = '' or p.mrn ilike :like or p.family_name ilike :like"
          + "      or p.given_name ilike :like"
          + "      or (p.given_name || ' ' || p.family_name) ilike :like)"
          + " and (:level = '' or s.level_of_care = :level)";

  @PersistenceContext private EntityManager em;
  @EJB private ChartAccess access;
  @Inject private Today today;

  public Page search(String query, LevelOfCare level, int page, int size) {
    Visibility visibility = access.visibility();
    LocalDate on = today.in(null);
    Query rows =
        bind(
            em.createNativeQuery(
                "select p.id, p.mrn, p.family_name || ', ' || p.given_name, e.id,"
                    + " s.level_of_care, si.code, s.start_on, cast(:today as date) - s.start_on,"
                    + " coalesce(e.discharged_on, cast(:today as date)) - e.admitted_on,"
                    + " e.discharged_on, e.primary_counselor,"
                    + " (select o.medication from mat_order o where o.patient_id = p.id"
                    + "   and o.started_on <= cast(:today as date)"
                    + "   and (o.ended_on is null or o.ended_on > cast(:today as date)))"
                    + FROM
                    + " order by e.discharged_on desc nulls first,"
                    + " array_position(array['WM','RES','PHP','IOP','OP','AC']::varchar[],"
                    + " s.level_of_care), lower(p.family_name), lower(p.given_name), p.id"),
            visibility,
            query,
            level);
    rows.setParameter("today", Date.valueOf(on));
    rows.setFirstResult(page * size).setMaxResults(size);
    @SuppressWarnings("unchecked")
    List<Object[]> result = rows.getResultList();
    long total =
        ((Number)
                bind(em.createNativeQuery("select count(*)" + FROM), visibility, query, level)
                    .getSingleResult())
            .longValue();
    return new Page(result.stream().map(CaseloadQueries::row).toList(), total);
  }

  private static Query bind(Query q, Visibility v, String query, LevelOfCare level) {
    String text = query == null ? "" : query.trim();
    return v.bind(q)
        .setParameter("query", text)
        .setParameter("like", "%" + text.replace("%", "\\%").replace("_", "\\_") + "%")
        .setParameter("level", level == null ? "" : level.name());
  }

  private static CaseloadRow row(Object[] r) {
    return new CaseloadRow(
        (UUID) r[0],
        (String) r[1],
        (String) r[2],
        (UUID) r[3],
        r[4] == null ? null : LevelOfCare.valueOf((String) r[4]),
        (String) r[5],
        SqlValues.date(r[6]),
        r[7] == null ? null : ((Number) r[7]).longValue(),
        ((Number) r[8]).longValue(),
        SqlValues.date(r[9]),
        (String) r[10],
        r[11] == null ? null : Medication.valueOf((String) r[11]));
  }
}
