package org.continuumcare.bedboard;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.site.Site;

/**
 * A unit (ward, house) of one site whose beds serve one 24-hour level of care.
 *
 * <p>Life cycle: set up by an administrator, renamed at will, retired with its beds once none is
 * occupied; never deleted, because stays keep pointing at its beds. Its level of care is fixed at
 * creation: a bed's stays would otherwise change meaning after the fact (a detox stay in a bed now
 * "residential"). A unit that changes its use is retired and set up anew.
 */
@Entity
@Table(name = "bed_unit")
public class BedUnit {

  static final int NAME_MAX = 60;

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "site_id")
  private Site site;

  private String name;

  @Enumerated(EnumType.STRING)
  private LevelOfCare levelOfCare;

  private Instant retiredAt;

  @Version private long version;

  protected BedUnit() {}

  public BedUnit(Site site, String name, LevelOfCare levelOfCare) {
    if (levelOfCare == null) {
      throw new RuleViolation("levelOfCare", "bed.levelRequired");
    }
    if (!levelOfCare.isTwentyFourHour()) {
      throw new RuleViolation("levelOfCare", "bed.notTwentyFourHour", levelOfCare.name());
    }
    this.id = UUID.randomUUID();
    this.site = site;
    this.name = cleanName(name);
    this.levelOfCare = levelOfCare;
  }

  /** Gives the unit another name; uniqueness within the site is the service's check. */
  public void rename(String name) {
    checkInUse();
    this.name = cleanName(name);
  }

  /**
   * Retires the unit; its beds are retired with it (by the service, which checks they are free).
   */
  public void retire(Instant at) {
    checkInUse();
    this.retiredAt = at;
  }

  /** Refuses a change to a retired unit: it is history only. */
  public void checkInUse() {
    if (retiredAt != null) {
      throw new RuleViolation(null, "bed.unitRetired", name);
    }
  }

  /** The name trimmed, or a refusal when it is empty or too long. */
  static String cleanName(String name) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty()) {
      throw new RuleViolation("name", "bed.unitNameRequired");
    }
    if (trimmed.length() > NAME_MAX) {
      throw new RuleViolation("name", "bed.unitNameTooLong", NAME_MAX);
    }
    return trimmed;
  }

  public UUID getId() {
    return id;
  }

  public Site getSite() {
    return site;
  }

  public String getName() {
    return name;
  }

  public LevelOfCare getLevelOfCare() {
    return levelOfCare;
  }

  public boolean isRetired() {
    return retiredAt != null;
  }

  public Instant getRetiredAt() {
    return retiredAt;
  }

  public long getVersion() {
    return version;
  }
}
