package org.continuumcare.bedboard;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.shared.Conflict;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.site.Site;

/**
 * A bed of a unit. Whether it is occupied is not stored here: an open stay holding it says so
 * ({@link BedStatus}). A bed out of service takes no patient.
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
  @Version private long version;

  protected Bed() {}

  public Bed(BedUnit unit, String label) {
    this.id = UUID.randomUUID();
    this.unit = unit;
    this.label = label;
  }

  /**
   * Refuses a patient this bed cannot take: out of service, at another site, in a unit of another
   * level of care, or occupied already (a conflict with the other patient, not a mistake of form).
   */
  public void checkAssignable(Site site, LevelOfCare level, boolean occupied) {
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

  public long getVersion() {
    return version;
  }
}
