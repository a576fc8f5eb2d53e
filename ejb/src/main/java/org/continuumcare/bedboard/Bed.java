package org.continuumcare.bedboard;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.shared.Conflict;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.site.Site;

/**
 * A bed of a unit. Whether it is occupied is not stored here: an open stay holding it says so
 * ({@link BedStatus}). A bed out of service takes no patient for a while; a retired bed never again
 * — it leaves the board but stays in the records, because stays point at it.
 */
@Entity
@Table(name = "bed")
public class Bed {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "unit_id")
  private BedUnit unit;

  private String label;
  private boolean outOfService;
  private Instant retiredAt;
  @Version private long version;

  protected Bed() {}

  static final int LABEL_MAX = 16;

  public Bed(BedUnit unit, String label) {
    unit.checkInUse();
    this.id = UUID.randomUUID();
    this.unit = unit;
    this.label = cleanLabel(label);
  }

  /** Gives the bed another label; uniqueness within the unit is the service's check. */
  public void relabel(String label) {
    checkInUse();
    this.label = cleanLabel(label);
  }

  /** Retires the bed for good; an occupied bed is retired once its patient has left it. */
  public void retire(Instant at, boolean occupied) {
    checkInUse();
    if (occupied) {
      throw new Conflict("bed.occupiedCannotRetire", label);
    }
    this.retiredAt = at;
  }

  /** The label trimmed, or a refusal when it is empty or too long. */
  static String cleanLabel(String label) {
    String trimmed = label == null ? "" : label.strip();
    if (trimmed.isEmpty()) {
      throw new RuleViolation("label", "bed.labelRequired");
    }
    if (trimmed.length() > LABEL_MAX) {
      throw new RuleViolation("label", "bed.labelTooLong", LABEL_MAX);
    }
    return trimmed;
  }

  private void checkInUse() {
    if (retiredAt != null) {
      throw new RuleViolation(null, "bed.retired", label);
    }
  }

  /**
   * Refuses a patient this bed cannot take: out of service, at another site, in a unit of another
   * level of care, or occupied already (a conflict with the other patient, not a mistake of form).
   */
  public void checkAssignable(Site site, LevelOfCare level, boolean occupied) {
    if (retiredAt != null) {
      throw new RuleViolation("bedId", "bed.retired", label);
    }
    if (!unit.getSite().getId().equals(site.getId())) {
      throw new RuleViolation("bedId", "bed.otherSite", label, site.getCode());
    }
    if (unit.getLevelOfCare() != level) {
      throw new RuleViolation("bedId", "bed.otherLevel", label, level.name());
    }
    if (occupied) {
      throw new Conflict("bed.occupied", label);
    }
    if (outOfService) {
      throw new RuleViolation("bedId", "bed.outOfService", label);
    }
  }

  /** Takes the bed out of service or back; an occupied bed stays in service until it is free. */
  public void setOutOfService(boolean outOfService, boolean occupied) {
    checkInUse();
    if (outOfService && occupied) {
      throw new Conflict("bed.occupiedCannotClose", label);
    }
    this.outOfService = outOfService;
  }

  public UUID getId() {
    return id;
  }

  public BedUnit getUnit() {
    return unit;
  }

  public String getLabel() {
    return label;
  }

  public boolean isOutOfService() {
    return outOfService;
  }

  public boolean isRetired() {
    return retiredAt != null;
  }

  public long getVersion() {
    return version;
  }
}
