package org.continuumcare.bedboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.continuumcare.audit.Audited;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.security.Role;
import org.continuumcare.shared.ChangedBySomeoneElse;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.shared.SqlValues;
import org.continuumcare.shared.WriteConflicts;
import org.continuumcare.site.Site;

/** The bed board per site, the beds free for an admission, and taking beds out of service. */
@Stateless
public class BedService {

  private static final String BOARD =
      "select b.id, u.name, u.level_of_care, b.label, b.out_of_service, s.start_on, p.id,"
          + " p.family_name || ', ' || p.given_name, p.mrn, b.version"
          + " from bed b join bed_unit u on u.id = b.unit_id join site si on si.id = u.site_id"
          + " left join stay s on s.bed_id = b.id and s.end_on is null"
          + " left join patient p on p.id = s.patient_id"
          + " where si.code = :site"
          + " order by case u.level_of_care when 'WM' then 0 else 1 end, u.name,"
          + " length(b.label), b.label";

  @PersistenceContext private EntityManager em;

  /** Every bed of the site's units, WM first, with who holds it. */
  @Audited
  @RolesAllowed({Role.INTAKE, Role.NURSE, Role.ADMINISTRATOR})
  public List<BedRow> board(@NotNull String siteCode) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(BOARD).setParameter("site", siteCode).getResultList();
    return rows.stream()
        .map(
            r ->
                new BedRow(
                    (UUID) r[0],
                    (String) r[1],
                    LevelOfCare.valueOf((String) r[2]),
                    (String) r[3],
                    BedStatus.of((Boolean) r[4], r[6] != null),
                    (UUID) r[6],
                    (String) r[7],
                    (String) r[8],
                    SqlValues.date(r[5]),
                    ((Number) r[9]).longValue()))
        .toList();
  }

  /** The free beds of the site for a 24-hour level (empty for the other levels). */
  @RolesAllowed({Role.INTAKE, Role.ADMINISTRATOR})
  public List<BedRow> freeBeds(@NotNull String siteCode, @NotNull LevelOfCare level) {
    return board(siteCode).stream()
        .filter(b -> b.levelOfCare() == level && b.status() == BedStatus.FREE)
        .toList();
  }

  /**
   * The bed, locked until the caller's transaction ends, if it can take a patient at this site and
   * level now; concurrent admissions to one bed wait here, and the database refuses whatever slips
   * past.
   */
  @RolesAllowed({Role.INTAKE, Role.ADMINISTRATOR})
  public Bed assignable(@NotNull UUID bedId, @NotNull Site site, @NotNull LevelOfCare level) {
    if (em.find(Bed.class, bedId) == null) {
      throw new RuleViolation("bedId", "bed.unknown");
    }
    Bed bed = locked(bedId);
    bed.checkAssignable(site, level, occupied(bedId));
    return bed;
  }

  /** Takes a bed out of service (repairs, cleaning) or puts it back. */
  @Audited
  @RolesAllowed({Role.INTAKE, Role.ADMINISTRATOR})
  public Bed setOutOfService(@NotNull UUID bedId, boolean outOfService, Long version) {
    Bed bed = locked(bedId);
    ChangedBySomeoneElse.check(version, bed.getVersion());
    bed.setOutOfService(outOfService, occupied(bedId));
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw WriteConflicts.translate(e);
    }
    return bed;
  }

  private Bed locked(UUID bedId) {
    Bed bed = em.find(Bed.class, bedId, LockModeType.PESSIMISTIC_WRITE);
    if (bed == null) {
      throw new RecordNotFound();
    }
    return bed;
  }

  private boolean occupied(UUID bedId) {
    return ((Number)
                em.createNativeQuery(
                        "select count(*) from stay where bed_id = :bed and end_on is null")
                    .setParameter("bed", bedId)
                    .getSingleResult())
            .longValue()
        > 0;
  }
}
