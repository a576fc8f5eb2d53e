package org.continuumcare.intake;

import jakarta.json.bind.annotation.JsonbTransient;
import java.time.LocalDate;
import java.util.Optional;
import org.continuumcare.consent.Consent;
import org.continuumcare.consent.NewConsent;
import org.continuumcare.consent.Purpose;
import org.continuumcare.consent.RecipientKind;
import org.continuumcare.consent.SignerRelation;

/**
 * Step 5 of intake: the 42 CFR Part 2 consent. The patient may decline to sign one — treatment is
 * not conditioned on it — so the step records either the consent as signed, with every element
 * {@link NewConsent} defines (named as there, so its messages land on these fields), or that none
 * was signed now. A captured consent is written with the admission, through {@code
 * ConsentService.capture}.
 */
public class IntakeConsent implements java.io.Serializable {
  private ConsentDecision decision;
  private String discloser;
  private String information;
  private RecipientKind recipientKind;
  private String recipientName;
  private Purpose purpose;
  private String purposeDetail;
  private boolean revocationRightStated;
  private boolean redisclosureStated;
  private boolean refusalConsequencesStated;
  private LocalDate expiresOn;
  private String expiryEvent;
  private String signedBy;
  private SignerRelation signerRelation;
  private LocalDate signedOn;

  /** The consent to capture with the admission, or empty when the patient did not sign one. */
  public Optional<NewConsent> signed() {
    if (decision != ConsentDecision.CAPTURED) {
      return Optional.empty();
    }
    return Optional.of(
        new NewConsent(
            discloser,
            information,
            recipientKind,
            recipientName,
            purpose,
            purposeDetail,
            revocationRightStated,
            redisclosureStated,
            refusalConsequencesStated,
            expiresOn,
            expiryEvent,
            signedBy,
            signerRelation,
            signedOn));
  }

  /**
   * Checks step 5: a decision is required; a captured consent follows {@link Consent}'s rules on
   * its dates (an expiry date after the signature or an expiry event; not signed in the future).
   * Its required elements are {@link NewConsent}'s bean-validation constraints, which the service
   * checks with the container's validator before this.
   */
  void check(LocalDate today) {
    Rules.required("decision", decision, "intake.consentDecisionRequired");
    if (decision == ConsentDecision.CAPTURED) {
      Rules.required("signedOn", signedOn);
      Consent.checkDates(signedOn, expiresOn, expiryEvent, today);
    }
  }

  @JsonbTransient
  public boolean isCaptured() {
    return decision == ConsentDecision.CAPTURED;
  }

  @JsonbTransient
  public boolean isNotSigned() {
    return decision == ConsentDecision.NOT_SIGNED;
  }

  public ConsentDecision getDecision() {
    return decision;
  }

  public void setDecision(ConsentDecision decision) {
    this.decision = decision;
  }

  public String getDiscloser() {
    return discloser;
  }

  public void setDiscloser(String discloser) {
    this.discloser = discloser;
  }

  public String getInformation() {
    return information;
  }

  public void setInformation(String information) {
    this.information = information;
  }

  public RecipientKind getRecipientKind() {
    return recipientKind;
  }

  public void setRecipientKind(RecipientKind recipientKind) {
    this.recipientKind = recipientKind;
  }

  public String getRecipientName() {
    return recipientName;
  }

  public void setRecipientName(String recipientName) {
    this.recipientName = recipientName;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public void setPurpose(Purpose purpose) {
    this.purpose = purpose;
  }

  public String getPurposeDetail() {
    return purposeDetail;
  }

  public void setPurposeDetail(String purposeDetail) {
    this.purposeDetail = purposeDetail;
  }

  public boolean isRevocationRightStated() {
    return revocationRightStated;
  }

  public void setRevocationRightStated(boolean revocationRightStated) {
    this.revocationRightStated = revocationRightStated;
  }

  public boolean isRedisclosureStated() {
    return redisclosureStated;
  }

  public void setRedisclosureStated(boolean redisclosureStated) {
    this.redisclosureStated = redisclosureStated;
  }

  public boolean isRefusalConsequencesStated() {
    return refusalConsequencesStated;
  }

  public void setRefusalConsequencesStated(boolean refusalConsequencesStated) {
    this.refusalConsequencesStated = refusalConsequencesStated;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }

  public String getExpiryEvent() {
    return expiryEvent;
  }

  public void setExpiryEvent(String expiryEvent) {
    this.expiryEvent = expiryEvent;
  }

  public String getSignedBy() {
    return signedBy;
  }

  public void setSignedBy(String signedBy) {
    this.signedBy = signedBy;
  }

  public SignerRelation getSignerRelation() {
    return signerRelation;
  }

  public void setSignerRelation(SignerRelation signerRelation) {
    this.signerRelation = signerRelation;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public void setSignedOn(LocalDate signedOn) {
    this.signedOn = signedOn;
  }
}
