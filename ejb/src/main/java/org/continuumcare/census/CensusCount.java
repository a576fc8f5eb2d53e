package org.continuumcare.census;

import org.continuumcare.levelofcare.LevelOfCare;

/** Number of patients in care at one level of care and site. */
public final class CensusCount {
  private final LevelOfCare levelOfCare;
  private final String siteCode;
  private final long patients;

  public CensusCount(LevelOfCare levelOfCare, String siteCode, long patients) {
    this.levelOfCare = levelOfCare;
    this.siteCode = siteCode;
    this.patients = patients;
  }

  public LevelOfCare getLevelOfCare() {
    return levelOfCare;
  }

  public String getSiteCode() {
    return siteCode;
  }

  public long getPatients() {
    return patients;
  }
}
