package org.continuumcare.web.census;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.continuumcare.census.CensusCount;
import org.continuumcare.census.CensusQueries;
import org.continuumcare.census.CensusRow;
import org.continuumcare.levelofcare.LevelOfCare;

/** The census page: counts by level of care and site, and the patients in care. */
@Named
@RequestScoped
public class CensusBacking {

  @EJB CensusQueries census;

  private List<CensusRow> patients;
  private List<LevelTotals> totals;
  private List<String> siteCodes;

  /** One line of the totals table: patients at a level of care, per site and in all. */
  public static final class LevelTotals {
    private final LevelOfCare levelOfCare;
    private final Map<String, Long> bySite = new LinkedHashMap<>();

    LevelTotals(LevelOfCare levelOfCare) {
      this.levelOfCare = levelOfCare;
    }

    public LevelOfCare getLevelOfCare() {
      return levelOfCare;
    }

    public long count(String siteCode) {
      return bySite.getOrDefault(siteCode, 0L);
    }

    public long getTotal() {
      return bySite.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  @PostConstruct
  void load() {
    patients = census.patientsInCare();
    List<CensusCount> counts = census.countsByLevelAndSite();
    siteCodes =
        new ArrayList<>(new TreeSet<>(counts.stream().map(CensusCount::getSiteCode).toList()));
    Map<LevelOfCare, LevelTotals> byLevel = new LinkedHashMap<>();
    for (CensusCount c : counts) {
      byLevel
          .computeIfAbsent(c.getLevelOfCare(), LevelTotals::new)
          .bySite
          .put(c.getSiteCode(), c.getPatients());
    }
    totals = new ArrayList<>(byLevel.values());
  }

  public List<CensusRow> getPatients() {
    return patients;
  }

  public List<LevelTotals> getTotals() {
    return totals;
  }

  public List<String> getSiteCodes() {
    return siteCodes;
  }
}
