package org.continuumcare.web.setup;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.continuumcare.bedboard.BedService;
import org.continuumcare.bedboard.UnitRow;
import org.continuumcare.levelofcare.LevelOfCare;

/**
 * The unit dialog: a new unit (name and 24-hour level of care) or another name for one, against the
 * version shown. The level of care of a unit is fixed once set up.
 */
@Named
@ViewScoped
public class UnitDialog implements Serializable {

  @EJB BedService beds;
  @Inject UnitsBacking page;

  private UUID unitId;
  private long version;
  private String name;
  private LevelOfCare levelOfCare;

  public void openNew() {
    unitId = null;
    name = null;
    levelOfCare = null;
  }

  public void openOn(UnitRow unit) {
    unitId = unit.unitId();
    version = unit.version();
    name = unit.name();
    levelOfCare = unit.levelOfCare();
  }

  public String save() {
    if (isAdding()) {
      return page.write(
          "unitForm",
          () -> beds.addUnit(page.getSiteCode(), name, levelOfCare),
          "units.unitAdded",
          name);
    }
    return page.write(
        "unitForm", () -> beds.renameUnit(unitId, name, version), "units.unitRenamed", name);
  }

  public boolean isAdding() {
    return unitId == null;
  }

  /** The levels a unit can serve: those with beds. */
  public List<LevelOfCare> getLevels() {
    return Arrays.stream(LevelOfCare.values()).filter(LevelOfCare::isTwentyFourHour).toList();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LevelOfCare getLevelOfCare() {
    return levelOfCare;
  }

  public void setLevelOfCare(LevelOfCare levelOfCare) {
    this.levelOfCare = levelOfCare;
  }
}
