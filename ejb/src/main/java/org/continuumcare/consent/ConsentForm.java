package org.continuumcare.consent;

import java.time.LocalDate;

/**
 * A Part 2 consent as it is being typed, element by element (42 CFR §2.31(a)), named as {@link
 * NewConsent} names them so its messages land on these fields: what the chart's capture dialog and
 * the intake flow's consent step edit. Serializable and JSON-B friendly (an intake draft keeps it).
 */
public class ConsentForm implements java.io.Serializable {
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

  /** A blank form naming {@code discloser}, signed by the patient on {@code signedOn}. */
  public void reset(String discloser, LocalDate signedOn) {
    this.discloser = discloser;
    information = null;
    recipientKind = null;
    recipientName = null;
    purpose = null;
    purposeDetail = null;
    revocationRightStated = false;
    redisclosureStated = false;
    refusalConsequencesStated = false;
    expiresOn = null;
    expiryEvent = null;
    signedBy = null;
    signerRelation = SignerRelation.PATIENT;
    this.signedOn = signedOn;
  }

  /** The consent as typed, for {@code ConsentService.capture} to check and keep. */
  public NewConsent toNewConsent() {
    return new NewConsent(
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
        signedOn);
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
