package org.continuumcare.web.intake;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.continuumcare.bedboard.BedRow;
import org.continuumcare.bedboard.BedService;
import org.continuumcare.bedboard.Occupancy;
import org.continuumcare.security.Role;
import org.continuumcare.site.Site;
import org.continuumcare.web.shell.FormErrors;

/** The bed board of one site (intake/beds.xhtml?site=…): units, beds, who holds them. */
@Named
@ViewScoped
public class BedBoardBacking implements Serializable {

  @EJB BedService beds;
  @Inject SecurityContext security;

  private String siteCode;
  private List<BedRow> rows = List.of();

  @PostConstruct
  void load() {
    String site =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("site");
    siteCode = site == null || site.isBlank() ? Site.DEFAULT_CODE : site;
    refresh();
  }

  public void refresh() {
    rows = beds.board(siteCode);
  }

  /** Takes a free bed out of service, or puts one back. */
  public void toggleOutOfService(BedRow row) {
    try {
      beds.setOutOfService(
          row.bedId(),
          row.status() != org.continuumcare.bedboard.BedStatus.OUT_OF_SERVICE,
          row.version());
    } catch (RuntimeException e) {
      if (!FormErrors.report(FacesContext.getCurrentInstance(), "board", e)) {
        throw e instanceof EJBException ? e : new EJBException(e);
      }
    }
    refresh();
  }

  /** The beds grouped by unit, in board order. */
  public Map<String, List<BedRow>> getUnits() {
    Map<String, List<BedRow>> units = new LinkedHashMap<>();
    rows.forEach(r -> units.computeIfAbsent(r.unit(), u -> new java.util.ArrayList<>()).add(r));
    return units;
  }

  public Occupancy occupancyOf(List<BedRow> unit) {
    return Occupancy.of(unit.stream().map(BedRow::status).toList());
  }

  public Occupancy getTotal() {
    return Occupancy.of(rows.stream().map(BedRow::status).toList());
  }

  /** Administrators set up the units and beds (setup/units.xhtml). */
  public boolean isMaySetUp() {
    return security.isCallerInRole(Role.ADMINISTRATOR);
  }

  public String getSiteCode() {
    return siteCode;
  }

  public void setSiteCode(String siteCode) {
    this.siteCode = siteCode;
  }
}
