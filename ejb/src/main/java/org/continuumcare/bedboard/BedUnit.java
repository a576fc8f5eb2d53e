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
import java.util.UUID;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.site.Site;

/** A unit (ward, house) of one site whose beds serve one 24-hour level of care. */
@Entity
@Table(name = "bed_unit")
public class BedUnit {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "site_id")
  private Site site;

  private String name;

  @Enumerated(EnumType.STRING)
  private LevelOfCare levelOfCare;

  @Version private long version;

  protected BedUnit() {}

  public BedUnit(Site site, String name, LevelOfCare levelOfCare) {
    if (!levelOfCare.isTwentyFourHour()) {
      throw new RuleViolation("levelOfCare", "bed.notTwentyFourHour", levelOfCare.name());
    }
    this.id = UUID.randomUUID();
    this.site = site;
    this.name = name;
    this.levelOfCare = levelOfCare;
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
}
