package org.continuumcare.intake;

import java.time.LocalDateTime;

/**
 * Everything the intake flow collects, step by step, as typed: what a draft keeps (as JSON) until
 * the admission.
 */
public class IntakeForm implements java.io.Serializable {
  private Referral referral = new Referral();
  private SubstanceHistory substances = new SubstanceHistory();
  private Placement placement = new Placement();
  private WithdrawalScore withdrawal = new WithdrawalScore();
  private IntakeConsent consent = new IntakeConsent();
  private AdmissionPlan admission = new AdmissionPlan();

  /**
   * Checks the steps up to and including {@code step}, in order; the first broken rule wins.
   *
   * @param now the wall-clock time at the admission site (its date is "today")
   */
  public void check(Step step, LocalDateTime now) {
    var today = now.toLocalDate();
    referral.check(today);
    if (step.compareTo(Step.SUBSTANCES) >= 0) {
      substances.check(referral.ageOn(today));
    }
    if (step.compareTo(Step.PLACEMENT) >= 0) {
      placement.check();
    }
    if (step.compareTo(Step.WITHDRAWAL) >= 0) {
      // Before the admission step its date may be left from an earlier pass: checked only then.
      boolean admitting = step == Step.ADMISSION;
      withdrawal.check(
          placement.getPlacedLevel(),
          now,
          admitting ? admission.getAdmittedOn() : null,
          admitting ? "admittedOn" : "takenAt");
    }
    if (step.compareTo(Step.CONSENT) >= 0) {
      consent.check(today);
    }
    if (step.compareTo(Step.ADMISSION) >= 0) {
      admission.check(today, referral, placement.getPlacedLevel());
    }
  }

  /** "Family, Given" for the list of open drafts, or {@code null} before the names are typed. */
  public String displayName() {
    String family = Rules.blankToNull(referral.getFamilyName());
    String given = Rules.blankToNull(referral.getGivenName());
    if (family == null && given == null) {
      return null;
    }
    String name =
        (family == null ? "" : family.trim()) + (given == null ? "" : ", " + given.trim());
    return name.length() > 210 ? name.substring(0, 210) : name;
  }

  public Referral getReferral() {
    return referral;
  }

  public void setReferral(Referral referral) {
    this.referral = referral;
  }

  public SubstanceHistory getSubstances() {
    return substances;
  }

  public void setSubstances(SubstanceHistory substances) {
    this.substances = substances;
  }

  public Placement getPlacement() {
    return placement;
  }

  public void setPlacement(Placement placement) {
    this.placement = placement;
  }

  public WithdrawalScore getWithdrawal() {
    return withdrawal;
  }

  public void setWithdrawal(WithdrawalScore withdrawal) {
    this.withdrawal = withdrawal;
  }

  public IntakeConsent getConsent() {
    return consent;
  }

  public void setConsent(IntakeConsent consent) {
    this.consent = consent;
  }

  public AdmissionPlan getAdmission() {
    return admission;
  }

  public void setAdmission(AdmissionPlan admission) {
    this.admission = admission;
  }
}
