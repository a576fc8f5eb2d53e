package org.continuumcare.web.setup;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.continuumcare.bedboard.BedRow;
import org.continuumcare.bedboard.BedSeries;
import org.continuumcare.bedboard.BedService;
import org.continuumcare.bedboard.UnitRow;

/**
 * The bed dialog: beds added to a unit — one labelled as typed, or several numbered after a prefix
 * ({@link BedSeries}) — or another label for a bed, against the version shown.
 */
@Named
@ViewScoped
public class BedDialog implements Serializable {

  @EJB BedService beds;
  @Inject UnitsBacking page;

  private UUID unitId;
  private String unitName;
  private UUID bedId;
  private long version;
  private String label;
  private Integer from;
  private int count = 1;

  public void openAdd(UnitRow unit) {
    unitId = unit.unitId();
    unitName = unit.name();
    bedId = null;
    label = null;
    from = null;
    count = 1;
  }

  public void openOn(BedRow bed) {
    unitName = bed.unit();
    bedId = bed.bedId();
    version = bed.version();
    label = bed.label();
  }

  public String save() {
    if (isAdding()) {
      return page.write(
          "bedForm",
          () -> beds.addBeds(unitId, new BedSeries(label, from, count)),
          "units.bedsAdded",
          count,
          unitName);
    }
    return page.write(
        "bedForm", () -> beds.renameBed(bedId, label, version), "units.bedRenamed", label);
  }

  public boolean isAdding() {
    return bedId == null;
  }

  public String getUnitName() {
    return unitName;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public Integer getFrom() {
    return from;
  }

  public void setFrom(Integer from) {
    this.from = from;
  }

  public int getCount() {
    return count;
  }

  public void setCount(int count) {
    this.count = count;
  }
}
