package org.continuumcare.census;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.util.List;
import java.util.UUID;
import org.continuumcare.audit.Audited;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.security.Role;
import org.continuumcare.shared.SqlValues;
import org.continuumcare.shared.Today;

/**
 * Who is in care: every open stay, ordered by intensity of the level of care, then site and name.
 */
@Stateless
@Audited
@RolesAllowed({Role.INTAKE, Role.ADMINISTRATOR})
public class CensusQueries {

  private static final String LEVEL_ORDER =
      "array_position(array['WM','RES','PHP','IOP','OP','AC']::varchar[], s.level_of_care)";

  @PersistenceContext private EntityManager em;
  @Inject private Today today;

  public List<CensusRow> patientsInCare() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select p.id, p.mrn, p.family_name || ', ' || p.given_name, s.level_of_care,"
                    + " si.code, si.name, s.start_on, cast(:today as date) - s.start_on,"
                    + " cast(:today as date) - e.admitted_on, e.primary_counselor"
                    + " from stay s join episode e on e.id = s.episode_id"
                    + " join patient p on p.id = s.patient_id join site si on si.id = s.site_id"
                    + " where s.end_on is null"
                    + " order by "
                    + LEVEL_ORDER
                    + ", si.code, lower(p.family_name), lower(p.given_name)")
            .setParameter("today", Date.valueOf(today.in(null)))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new CensusRow(
                    (UUID) r[0],
                    (String) r[1],
                    (String) r[2],
                    LevelOfCare.valueOf((String) r[3]),
                    (String) r[4],
                    (String) r[5],
                    SqlValues.date(r[6]),
                    ((Number) r[7]).longValue(),
                    ((Number) r[8]).longValue(),
                    (String) r[9]))
        .toList();
  }

  public List<CensusCount> countsByLevelAndSite() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select s.level_of_care, si.code, count(*) from stay s"
                    + " join site si on si.id = s.site_id where s.end_on is null"
                    + " group by s.level_of_care, si.code order by "
                    + LEVEL_ORDER
                    + ", si.code")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new CensusCount(
                    LevelOfCare.valueOf((String) r[0]), (String) r[1], ((Number) r[2]).longValue()))
        .toList();
  }
}
