package org.continuumcare.web.caseload;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.continuumcare.caseload.CaseloadQueries;
import org.continuumcare.caseload.CaseloadRow;
import org.continuumcare.levelofcare.LevelOfCare;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** My caseload: the caller's patients, searched and filtered, a page at a time. */
@Named
@ViewScoped
public class CaseloadBacking implements Serializable {

  @EJB CaseloadQueries caseload;

  private String query;
  private LevelOfCare levelOfCare;

  private final LazyDataModel<CaseloadRow> patients =
      new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filters) {
          return (int) caseload.search(query, levelOfCare, 0, 1).total();
        }

        @Override
        public List<CaseloadRow> load(
            int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
          CaseloadQueries.Page page =
              caseload.search(query, levelOfCare, first / pageSize, pageSize);
          setRowCount((int) page.total());
          return page.rows();
        }

        @Override
        public String getRowKey(CaseloadRow row) {
          return row.getPatientId().toString();
        }
      };

  public LazyDataModel<CaseloadRow> getPatients() {
    return patients;
  }

  public LevelOfCare[] getLevelsOfCare() {
    return LevelOfCare.values();
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public LevelOfCare getLevelOfCare() {
    return levelOfCare;
  }

  public void setLevelOfCare(LevelOfCare levelOfCare) {
    this.levelOfCare = levelOfCare;
  }
}
