package org.continuumcare.report.census;

import org.continuumcare.levelofcare.LevelOfCare;

/** Patients in care on {@code asOf} at one level of care at one site. */
public final class CensusAtRow {
  private final LevelOfCare levelOfCare;
  private final String siteCode;
  private final long patients;

  public CensusAtRow(LevelOfCare levelOfCare, String siteCode, long patients) {
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
