package org.continuumcare.web.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.continuumcare.bedboard.BedRow;
import org.continuumcare.bedboard.BedService;
import org.continuumcare.bedboard.UnitRow;
import org.continuumcare.site.Site;
import org.continuumcare.web.shell.FormWrites;

/**
 * The units and beds of one site (setup/units.xhtml?site=…), retiring them; the dialogs add and
 * rename. Every change ends the same way: the page again with a confirmation (Post/Redirect/Get),
 * or the refusal on the form that asked.
 */
@Named
@ViewScoped
public class UnitsBacking implements Serializable {

  @EJB BedService beds;

  private String siteCode;
  private List<UnitRow> units = List.of();

  @PostConstruct
  void load() {
    String site =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("site");
    siteCode = site == null || site.isBlank() ? Site.DEFAULT_CODE : site;
    units = beds.units(siteCode);
  }

  public String retireUnit(UnitRow unit) {
    return write(
        "units",
        () -> beds.retireUnit(unit.unitId(), unit.version()),
        "units.unitRetired",
        unit.name());
  }

  public String retireBed(BedRow bed) {
    return write(
        "units",
        () -> beds.retireBed(bed.bedId(), bed.version()),
        "units.bedRetired",
        bed.label(),
        bed.unit());
  }

  /**
   * Runs the write once; then the page again with the bundle message {@code doneKey}, or {@code
   * null} with the refusal shown on the form {@code formId} (next to its field).
   */
  String write(String formId, Runnable write, String doneKey, Object... args) {
    return FormWrites.write(
        FacesContext.getCurrentInstance(),
        formId,
        write,
        "/setup/units?faces-redirect=true&site=" + siteCode,
        doneKey,
        args);
  }

  public List<UnitRow> getUnits() {
    return units;
  }

  public String getSiteCode() {
    return siteCode;
  }
}
