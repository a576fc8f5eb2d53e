package org.continuumcare.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/**
 * Translates a write the database refused into the rule it stands for: a stale version, or a
 * constraint (one open episode per patient, no overlapping stays, unique unit names and bed
 * labels). The domain checks these rules first; the database catches what slips past them in a
 * race.
 */
public final class WriteConflicts {

  private WriteConflicts() {}

  /** Writes now, so that what the database refuses surfaces here as the rule it stands for. */
  public static void flush(EntityManager em) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw translate(e);
    }
  }

  public static RuntimeException translate(PersistenceException e) {
    if (e instanceof OptimisticLockException) {
      return new ChangedBySomeoneElse();
    }
    String constraint = constraintName(e);
    if (constraint == null) {
      return e;
    }
    return switch (constraint) {
      case "episode_one_open_per_patient" -> new Conflict("conflict.openEpisodeExists");
      case "mat_order_one_active" -> new Conflict("mat.activeOrderExists");
      case "stay_no_overlap" -> new Conflict("conflict.overlappingStay");
      case "mat_administration_one_per_day" -> new Conflict("mat.administrationExists");
      case "stay_bed_no_double_booking" -> new Conflict("bed.doubleBooked");
      case "bed_unit_name_per_site" -> new RuleViolation("name", "bed.unitNameTakenJustNow");
      case "bed_label_per_unit" -> new RuleViolation("label", "bed.labelTakenJustNow");
      default -> e;
    };
  }

  private static String constraintName(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.hibernate.exception.ConstraintViolationException c) {
        return c.getConstraintName();
      }
      if (t instanceof SQLException sql && sql.getMessage() != null) {
        for (String name :
            new String[] {
              "episode_one_open_per_patient",
              "stay_no_overlap",
              "mat_administration_one_per_day",
              "stay_bed_no_double_booking",
              "bed_unit_name_per_site",
              "bed_label_per_unit"
            }) {
          if (sql.getMessage().contains(name)) {
            return name;
          }
        }
      }
    }
    return null;
  }
}
