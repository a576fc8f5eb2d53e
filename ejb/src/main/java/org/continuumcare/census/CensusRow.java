package org.continuumcare.census;

import java.time.LocalDate;
import java.util.UUID;
import org.continuumcare.levelofcare.LevelOfCare;

/** A patient in care today: where they are and since when. JavaBean getters for Faces EL. */
public final class CensusRow {
  private final UUID patientId;
  private final String mrn;
  private final String name;
  private final LevelOfCare levelOfCare;
  private final String siteCode;
  private final String siteName;
  private final LocalDate since;
  private final long daysInLevel;
  private final long daysInTreatment;
  private final String primaryCounselor;

  public CensusRow(
      UUID patientId,
      String mrn,
      String name,
      LevelOfCare levelOfCare,
      String siteCode,
      String siteName,
      LocalDate since,
      long daysInLevel,
      long daysInTreatment,
      String primaryCounselor) {
    this.patientId = patientId;
    this.mrn = mrn;
    this.name = name;
    this.levelOfCare = levelOfCare;
    this.siteCode = siteCode;
    this.siteName = siteName;
    this.since = since;
    this.daysInLevel = daysInLevel;
    this.daysInTreatment = daysInTreatment;
    this.primaryCounselor = primaryCounselor;
  }

  public UUID getPatientId() {
    return patientId;
  }

  public String getMrn() {
    return mrn;
  }

  public String getName() {
    return name;
  }

  public LevelOfCare getLevelOfCare() {
    return levelOfCare;
  }

  public String getSiteCode() {
    return siteCode;
  }

  public String getSiteName() {
    return siteName;
  }

  public LocalDate getSince() {
    return since;
  }

  public long getDaysInLevel() {
    return daysInLevel;
  }

  public long getDaysInTreatment() {
    return daysInTreatment;
  }

  public String getPrimaryCounselor() {
    return primaryCounselor;
  }
}
