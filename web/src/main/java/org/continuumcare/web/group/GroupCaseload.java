package org.continuumcare.web.group;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.continuumcare.caseload.CaseloadQueries;
import org.continuumcare.caseload.CaseloadRow;

/** The patients in care on the caller's caseload, read once per request (never kept). */
@Named
@RequestScoped
public class GroupCaseload {

  /** The largest caseload page the query serves. */
  private static final int PAGE = 200;

  @EJB CaseloadQueries caseload;

  private List<CaseloadRow> rows;

  public List<CaseloadRow> getRows() {
    if (rows == null) {
      rows =
          caseload.search(null, null, 0, PAGE).rows().stream()
              .filter(CaseloadRow::isInCare)
              .toList();
    }
    return rows;
  }
}
