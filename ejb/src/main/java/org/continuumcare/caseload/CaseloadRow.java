package org.continuumcare.caseload;

import java.time.LocalDate;
import java.util.UUID;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.mat.Medication;

/** One patient of a caseload with their latest episode. JavaBean getters for Faces EL. */
public final class CaseloadRow {
  private final UUID patientId;
  private final String mrn;
  private final String name;
  private final UUID episodeId;
  private final LevelOfCare levelOfCare;
  private final String siteCode;
  private final LocalDate levelSince;
  private final Long daysInLevel;
  private final long daysInTreatment;
  private final LocalDate dischargedOn;
  private final String primaryCounselor;
  private final Medication activeMat;

  public CaseloadRow(
      UUID patientId,
      String mrn,
      String name,
      UUID episodeId,
      LevelOfCare levelOfCare,
      String siteCode,
      LocalDate levelSince,
      Long daysInLevel,
      long daysInTreatment,
      LocalDate dischargedOn,
      String primaryCounselor,
      Medication activeMat) {
    this.patientId = patientId;
    this.mrn = mrn;
    this.name = name;
    this.episodeId = episodeId;
    this.levelOfCare = levelOfCare;
    this.siteCode = siteCode;
    this.levelSince = levelSince;
    this.daysInLevel = daysInLevel;
    this.daysInTreatment = daysInTreatment;
    this.dischargedOn = dischargedOn;
    this.primaryCounselor = primaryCounselor;
    this.activeMat = activeMat;
  }

  /** The medication of the patient's MAT order active today, or {@code null}. */
  public Medication getActiveMat() {
    return activeMat;
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

  public UUID getEpisodeId() {
    return episodeId;
  }

  /** The current level of care; {@code null} once the latest episode is discharged. */
  public LevelOfCare getLevelOfCare() {
    return levelOfCare;
  }

  public String getSiteCode() {
    return siteCode;
  }

  public LocalDate getLevelSince() {
    return levelSince;
  }

  public Long getDaysInLevel() {
    return daysInLevel;
  }

  public long getDaysInTreatment() {
    return daysInTreatment;
  }

  public LocalDate getDischargedOn() {
    return dischargedOn;
  }

  public boolean isInCare() {
    return dischargedOn == null;
  }

  public String getPrimaryCounselor() {
    return primaryCounselor;
  }
}
