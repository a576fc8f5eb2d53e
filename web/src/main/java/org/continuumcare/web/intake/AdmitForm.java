package org.continuumcare.web.intake;

import java.io.Serializable;
import java.time.LocalDate;
import org.continuumcare.episode.Admission;
import org.continuumcare.episode.ReferralSource;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.patient.PatientRegistration;
import org.continuumcare.patient.SexAtBirth;
import org.continuumcare.patient.Substance;

/** What the admit form holds while it is being filled in. */
public class AdmitForm implements Serializable {
  private String givenName;
  private String familyName;
  private LocalDate birthDate;
  private SexAtBirth sexAtBirth;
  private Substance primarySubstance;
  private String siteCode;
  private LocalDate admittedOn;
  private LevelOfCare levelOfCare;
  private ReferralSource referralSource;
  private String primaryCounselor;

  PatientRegistration registration() {
    return new PatientRegistration(
        givenName, familyName, birthDate, sexAtBirth, primarySubstance, siteCode);
  }

  Admission admission() {
    return new Admission(admittedOn, levelOfCare, referralSource, primaryCounselor, siteCode);
  }

  public String getGivenName() {
    return givenName;
  }

  public void setGivenName(String givenName) {
    this.givenName = givenName;
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String familyName) {
    this.familyName = familyName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public SexAtBirth getSexAtBirth() {
    return sexAtBirth;
  }

  public void setSexAtBirth(SexAtBirth sexAtBirth) {
    this.sexAtBirth = sexAtBirth;
  }

  public Substance getPrimarySubstance() {
    return primarySubstance;
  }

  public void setPrimarySubstance(Substance primarySubstance) {
    this.primarySubstance = primarySubstance;
  }

  public String getSiteCode() {
    return siteCode;
  }

  public void setSiteCode(String siteCode) {
    this.siteCode = siteCode;
  }

  public LocalDate getAdmittedOn() {
    return admittedOn;
  }

  public void setAdmittedOn(LocalDate admittedOn) {
    this.admittedOn = admittedOn;
  }

  public LevelOfCare getLevelOfCare() {
    return levelOfCare;
  }

  public void setLevelOfCare(LevelOfCare levelOfCare) {
    this.levelOfCare = levelOfCare;
  }

  public ReferralSource getReferralSource() {
    return referralSource;
  }

  public void setReferralSource(ReferralSource referralSource) {
    this.referralSource = referralSource;
  }

  public String getPrimaryCounselor() {
    return primaryCounselor;
  }

  public void setPrimaryCounselor(String primaryCounselor) {
    this.primaryCounselor = primaryCounselor;
  }
}
