package org.continuumcare.bedboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.continuumcare.audit.Audited;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.security.Role;
import org.continuumcare.shared.ChangedBySomeoneElse;
import org.continuumcare.shared.Conflict;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.shared.SqlValues;
import org.continuumcare.shared.WriteConflicts;
import org.continuumcare.site.Site;
import org.continuumcare.site.Sites;

/**
 * The bed board per site, the beds free for an admission, taking beds out of service, and the
 * set-up of units and beds by administrators. Retired units and beds are history: neither on the
 * board nor free, still named by the stays that held them.
 */
@Stateless
public class BedService {

  private static final String BOARD =
      "select b.id, u.id, u.name, u.level_of_care, b.label, b.out_of_service, s.start_on, p.id,"
          + " p.family_name || ', ' || p.given_name, p.mrn, b.version"
          + " from bed b join bed_unit u on u.id = b.unit_id join site si on si.id = u.site_id"
          + " left join stay s on s.bed_id = b.id and s.end_on is null"
          + " left join patient p on p.id = s.patient_id"
          + " where si.code = :site and b.retired_at is null and u.retired_at is null"
          + " order by case u.level_of_care when 'WM' then 0 else 1 end, u.name,"
          + " length(b.label), b.label";

  @PersistenceContext private EntityManager em;
  @EJB Sites sites;

  /** Every bed in use of the site's units, WM first, with who holds it. */
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
                    (UUID) r[1],
                    (String) r[2],
                    LevelOfCare.valueOf((String) r[3]),
                    (String) r[4],
                    BedStatus.of((Boolean) r[5], r[7] != null),
                    (UUID) r[7],
                    (String) r[8],
                    (String) r[9],
                    SqlValues.date(r[6]),
                    ((Number) r[10]).longValue()))
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
    WriteConflicts.flush(em);
    return bed;
  }

  /** The site's units in use, WM first, each with its beds in use (also a unit without beds). */
  @Audited
  @RolesAllowed(Role.ADMINISTRATOR)
  public List<UnitRow> units(@NotNull String siteCode) {
    Map<UUID, List<BedRow>> bedsByUnit = new LinkedHashMap<>();
    board(siteCode)
        .forEach(b -> bedsByUnit.computeIfAbsent(b.unitId(), u -> new ArrayList<>()).add(b));
    return em.createQuery(
            "select u from BedUnit u where u.site.code = :site and u.retiredAt is null"
                + " order by case when u.levelOfCare = :wm then 0 else 1 end, u.name",
            BedUnit.class)
        .setParameter("site", siteCode)
        .setParameter("wm", LevelOfCare.WM)
        .getResultStream()
        .map(
            u ->
                new UnitRow(
                    u.getId(),
                    u.getName(),
                    u.getLevelOfCare(),
                    u.getVersion(),
                    List.copyOf(bedsByUnit.getOrDefault(u.getId(), List.of()))))
        .toList();
  }

  /** Sets up a unit of a 24-hour level at a site, without beds yet. */
  @Audited
  @RolesAllowed(Role.ADMINISTRATOR)
  public BedUnit addUnit(@NotNull String siteCode, String name, LevelOfCare levelOfCare) {
    Site site = sites.byCode(siteCode).orElseThrow(RecordNotFound::new);
    BedUnit unit = new BedUnit(site, name, levelOfCare);
    checkUnitNameFree(site, unit.getName(), null);
    em.persist(unit);
    WriteConflicts.flush(em);
    return unit;
  }

  /** Renames a unit, against the version the administrator saw. */
  @Audited
  @RolesAllowed(Role.ADMINISTRATOR)
  public BedUnit renameUnit(@NotNull UUID unitId, String name, @NotNull Long version) {
    BedUnit unit = lockedUnit(unitId);
    ChangedBySomeoneElse.check(version, unit.getVersion());
    unit.checkInUse();
    checkUnitNameFree(unit.getSite(), BedUnit.cleanName(name), unitId);
    unit.rename(name);
    WriteConflicts.flush(em);
    return unit;
  }

  /**
   * Adds a series of beds to a unit in use, all or none: each label new to the unit
   * (case-insensitive) and to the others added with it.
   */
  @Audited
  @RolesAllowed(Role.ADMINISTRATOR)
  public List<Bed> addBeds(@NotNull UUID unitId, @NotNull BedSeries series) {
    BedUnit unit = lockedUnit(unitId);
    unit.checkInUse();
    List<String> labels = series.labels();
    Set<String> taken = new HashSet<>(labelsInUse(unitId, null));
    List<Bed> added = new ArrayList<>();
    for (String label : labels) {
      Bed bed = new Bed(unit, label);
      if (!taken.add(key(bed.getLabel()))) {
        throw new RuleViolation("label", "bed.labelTaken", bed.getLabel(), unit.getName());
      }
      em.persist(bed);
      added.add(bed);
    }
    WriteConflicts.flush(em);
    return added;
  }

  /** Gives a bed in use another label, against the version the administrator saw. */
  @Audited
  @RolesAllowed(Role.ADMINISTRATOR)
  public Bed renameBed(@NotNull UUID bedId, String label, @NotNull Long version) {
    Bed bed = locked(bedId);
    ChangedBySomeoneElse.check(version, bed.getVersion());
    String clean = Bed.cleanLabel(label);
    if (labelsInUse(bed.getUnit().getId(), bedId).contains(key(clean))) {
      throw new RuleViolation("label", "bed.labelTaken", clean, bed.getUnit().getName());
    }
    bed.relabel(clean);
    WriteConflicts.flush(em);
    return bed;
  }

  /**
   * Retires a free bed for good. The bed is locked like an admission locks it, so a concurrent
   * admission either comes first (then this is refused) or finds the bed retired.
   */
  @Audited
  @RolesAllowed(Role.ADMINISTRATOR)
  public Bed retireBed(@NotNull UUID bedId, @NotNull Long version) {
    Bed bed = locked(bedId);
    ChangedBySomeoneElse.check(version, bed.getVersion());
    bed.retire(Instant.now(), occupied(bedId));
    WriteConflicts.flush(em);
    return bed;
  }

  /** Retires a unit with all its beds in use, refused while a patient holds one of them. */
  @Audited
  @RolesAllowed(Role.ADMINISTRATOR)
  public BedUnit retireUnit(@NotNull UUID unitId, @NotNull Long version) {
    BedUnit unit = lockedUnit(unitId);
    ChangedBySomeoneElse.check(version, unit.getVersion());
    unit.checkInUse();
    Instant now = Instant.now();
    List<Bed> beds =
        em.createQuery(
                "select b from Bed b where b.unit.id = :unit and b.retiredAt is null"
                    + " order by b.label",
                Bed.class)
            .setParameter("unit", unitId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    for (Bed bed : beds) {
      if (occupied(bed.getId())) {
        throw new Conflict("bed.unitOccupied", unit.getName(), bed.getLabel());
      }
      bed.retire(now, false);
    }
    unit.retire(now);
    WriteConflicts.flush(em);
    return unit;
  }

  /** Checked before the change, so that the query's flush does not meet the unique index. */
  private void checkUnitNameFree(Site site, String name, UUID except) {
    boolean taken =
        em.createQuery(
                "select u.id from BedUnit u where u.site = :site and u.retiredAt is null"
                    + " and lower(u.name) = :name",
                UUID.class)
            .setParameter("site", site)
            .setParameter("name", key(name))
            .getResultStream()
            .anyMatch(id -> !id.equals(except));
    if (taken) {
      throw new RuleViolation("name", "bed.unitNameTaken", name, site.getCode());
    }
  }

  /** The labels of the unit's beds in use (lower case), but the bed {@code except}. */
  private List<String> labelsInUse(UUID unitId, UUID except) {
    return em.createQuery(
            "select b from Bed b where b.unit.id = :unit and b.retiredAt is null", Bed.class)
        .setParameter("unit", unitId)
        .getResultStream()
        .filter(b -> !b.getId().equals(except))
        .map(b -> key(b.getLabel()))
        .toList();
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private Bed locked(UUID bedId) {
    Bed bed = em.find(Bed.class, bedId, LockModeType.PESSIMISTIC_WRITE);
    if (bed == null) {
      throw new RecordNotFound();
    }
    return bed;
  }

  private BedUnit lockedUnit(UUID unitId) {
    BedUnit unit = em.find(BedUnit.class, unitId, LockModeType.PESSIMISTIC_WRITE);
    if (unit == null) {
      throw new RecordNotFound();
    }
    return unit;
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
