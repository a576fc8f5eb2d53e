package org.continuumcare.web.consent;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.continuumcare.consent.DisclosureService;
import org.continuumcare.consent.DisclosureService.AccountingLine;
import org.continuumcare.shared.Today;

/** The auditor's list of disclosures of all patients over the last 90 days. */
@Named
@RequestScoped
public class DisclosuresAuditBacking {

  static final int DAYS = 90;

  @EJB DisclosureService disclosures;
  @Inject Today today;

  private List<AccountingLine> lines;

  public List<AccountingLine> getLines() {
    if (lines == null) {
      LocalDate to = today.in(null);
      lines = disclosures.disclosuresBetween(to.minusDays(DAYS), to);
    }
    return lines;
  }

  public int getDays() {
    return DAYS;
  }
}
