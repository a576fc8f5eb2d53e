package org.continuumcare.intake;

import java.time.LocalDate;
import java.util.UUID;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.shared.RuleViolation;

/**
 * The last step of intake: when and where the patient is admitted to the placed level, with whom,
 * and in which bed (24-hour levels).
 */
public class AdmissionPlan implements java.io.Serializable {
  private LocalDate admittedOn;
  private String siteCode;
  private String primaryCounselor;
  private UUID bedId;

  /**
   * Checks the last step: an admission date not in the future and not before the first contact, a
   * site, and a bed exactly for the 24-hour levels (whether that bed is free is the bed board's
   * rule).
   */
  public void check(LocalDate today, Referral referral, LevelOfCare placedLevel) {
    Rules.required("admittedOn", admittedOn);
    if (admittedOn.isAfter(today)) {
      throw new RuleViolation("admittedOn", "episode.admittedInFuture");
    }
    referral.daysWaiting(admittedOn);
    Rules.required("siteCode", Rules.blankToNull(siteCode));
    if (placedLevel.isTwentyFourHour()) {
      Rules.required("bedId", bedId, "intake.bedRequired");
    } else {
      bedId = null;
    }
  }

  public LocalDate getAdmittedOn() {
    return admittedOn;
  }

  public void setAdmittedOn(LocalDate admittedOn) {
    this.admittedOn = admittedOn;
  }

  public String getSiteCode() {
    return siteCode;
  }

  public void setSiteCode(String siteCode) {
    this.siteCode = siteCode;
  }

  public String getPrimaryCounselor() {
    return primaryCounselor;
  }

  public void setPrimaryCounselor(String primaryCounselor) {
    this.primaryCounselor = primaryCounselor;
  }

  public UUID getBedId() {
    return bedId;
  }

  public void setBedId(UUID bedId) {
    this.bedId = bedId;
  }
}
