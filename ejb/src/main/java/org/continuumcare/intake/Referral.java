package org.continuumcare.intake;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.continuumcare.episode.ReferralSource;
import org.continuumcare.patient.SexAtBirth;
import org.continuumcare.shared.RuleViolation;

/** Step 1 of intake: who referred the patient and when, who they are, who pays, whom to call. */
public class Referral implements java.io.Serializable {
  private ReferralSource referralSource;
  private LocalDate firstContactOn;
  private String knownMrn;
  private String givenName;
  private String familyName;
  private LocalDate birthDate;
  private SexAtBirth sexAtBirth;
  private String homeSiteCode;
  private Payer payer;
  private String memberId;
  private String emergencyContactName;
  private String emergencyContactPhone;
  private String emergencyContactRelationship;

  /**
   * Checks what the referral step needs: the required elements, dates in order (birth, first
   * contact, today) and a member id when an insurer or program pays. Unknown patients need their
   * demographics; a known patient (by MRN) brings them along.
   */
  public void check(LocalDate today) {
    Rules.required("referralSource", referralSource);
    Rules.required("firstContactOn", firstContactOn);
    if (firstContactOn.isAfter(today)) {
      throw new RuleViolation("firstContactOn", "intake.firstContactInFuture");
    }
    Rules.required("givenName", Rules.blankToNull(givenName));
    Rules.required("familyName", Rules.blankToNull(familyName));
    Rules.required("birthDate", birthDate);
    Rules.required("sexAtBirth", sexAtBirth);
    if (birthDate.isAfter(today)) {
      throw new RuleViolation("birthDate", "intake.bornInFuture");
    }
    if (firstContactOn.isBefore(birthDate)) {
      throw new RuleViolation("firstContactOn", "intake.firstContactBeforeBirth");
    }
    Rules.required("payer", payer);
    if (payer.needsMemberId()) {
      Rules.required("memberId", Rules.blankToNull(memberId));
    }
    Rules.required("emergencyContactName", Rules.blankToNull(emergencyContactName));
    Rules.required("emergencyContactPhone", Rules.blankToNull(emergencyContactPhone));
    if (!emergencyContactPhone.matches("[+0-9 ()./-]{5,30}")) {
      throw new RuleViolation("emergencyContactPhone", "intake.phone");
    }
  }

  /**
   * Days from first contact to admission (DESIGN.md §3.3: derived, never typed); an admission
   * cannot come before the first contact.
   */
  public long daysWaiting(LocalDate admittedOn) {
    if (admittedOn.isBefore(firstContactOn)) {
      throw new RuleViolation("admittedOn", "intake.admittedBeforeFirstContact", firstContactOn);
    }
    return ChronoUnit.DAYS.between(firstContactOn, admittedOn);
  }

  /** The patient's age in whole years on {@code day}. */
  public int ageOn(LocalDate day) {
    return (int) ChronoUnit.YEARS.between(birthDate, day);
  }

  public ReferralSource getReferralSource() {
    return referralSource;
  }

  public void setReferralSource(ReferralSource referralSource) {
    this.referralSource = referralSource;
  }

  public LocalDate getFirstContactOn() {
    return firstContactOn;
  }

  public void setFirstContactOn(LocalDate firstContactOn) {
    this.firstContactOn = firstContactOn;
  }

  public String getKnownMrn() {
    return knownMrn;
  }

  public void setKnownMrn(String knownMrn) {
    this.knownMrn = knownMrn;
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

  public String getHomeSiteCode() {
    return homeSiteCode;
  }

  public void setHomeSiteCode(String homeSiteCode) {
    this.homeSiteCode = homeSiteCode;
  }

  public Payer getPayer() {
    return payer;
  }

  public void setPayer(Payer payer) {
    this.payer = payer;
  }

  public String getMemberId() {
    return memberId;
  }

  public void setMemberId(String memberId) {
    this.memberId = memberId;
  }

  public String getEmergencyContactName() {
    return emergencyContactName;
  }

  public void setEmergencyContactName(String emergencyContactName) {
    this.emergencyContactName = emergencyContactName;
  }

  public String getEmergencyContactPhone() {
    return emergencyContactPhone;
  }

  public void setEmergencyContactPhone(String emergencyContactPhone) {
    this.emergencyContactPhone = emergencyContactPhone;
  }

  public String getEmergencyContactRelationship() {
    return emergencyContactRelationship;
  }

  public void setEmergencyContactRelationship(String emergencyContactRelationship) {
    this.emergencyContactRelationship = emergencyContactRelationship;
  }
}
