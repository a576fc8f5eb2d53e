package org.continuumcare.web.consent;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.continuumcare.consent.ConsentOnFile;
import org.continuumcare.consent.ConsentService;
import org.continuumcare.consent.Disclosure;
import org.continuumcare.consent.DisclosureService;
import org.continuumcare.consent.NewConsent;
import org.continuumcare.consent.Part2Notice;
import org.continuumcare.consent.Purpose;
import org.continuumcare.consent.RecipientKind;
import org.continuumcare.consent.SignerRelation;
import org.continuumcare.security.Role;
import org.continuumcare.shared.Today;
import org.continuumcare.web.shell.FormErrors;

/**
 * The chart tab "Consents &amp; disclosures": the patient's consents with their status, the capture
 * and revoke dialogs, and the accounting of disclosures. The patient is the request parameter
 * {@code id}, as on the chart.
 */
@Named
@ViewScoped
public class ConsentsBacking implements Serializable {

  /** The discloser a new consent names unless changed: the program. */
  public static final String PROGRAM = "Continuum Recovery Center";

  @EJB ConsentService consents;
  @EJB DisclosureService disclosures;
  @Inject SecurityContext security;
  @Inject Today today;

  private UUID patientId;
  private transient List<ConsentOnFile> onFile;
  private transient List<Disclosure> released;

  // The capture dialog: every element of 42 CFR §2.31(a).
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

  // The revoke dialog.
  private UUID revoking;
  private String reason;

  private UUID patient() {
    if (patientId == null) {
      String id =
          FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
      patientId = UUID.fromString(id);
    }
    return patientId;
  }

  public List<ConsentOnFile> getConsents() {
    if (onFile == null) {
      onFile = consents.consentsOf(patient());
    }
    return onFile;
  }

  public List<Disclosure> getDisclosures() {
    if (released == null) {
      released = disclosures.disclosuresOf(patient());
    }
    return released;
  }

  public boolean isMayCapture() {
    return security.isCallerInRole(Role.INTAKE)
        || security.isCallerInRole(Role.COUNSELOR)
        || security.isCallerInRole(Role.ADMINISTRATOR);
  }

  public void openCapture() {
    discloser = PROGRAM;
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
    signedOn = today.in(null);
  }

  public String capture() {
    NewConsent signed =
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
            signedOn);
    return change("consentForm", () -> consents.capture(patient(), signed), "consent.captured");
  }

  public void openRevoke(UUID consentId) {
    revoking = consentId;
    reason = null;
  }

  public String revoke() {
    return change("revokeForm", () -> consents.revoke(revoking, reason), "consent.revoked");
  }

  private String change(String formId, Runnable change, String doneKey) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      change.run();
    } catch (RuntimeException e) {
      if (FormErrors.report(faces, formId, e)) {
        return null;
      }
      throw e instanceof EJBException ? e : new EJBException(e);
    }
    String text = faces.getApplication().getResourceBundle(faces, "i18n").getString(doneKey);
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    return "/patient/chart?faces-redirect=true&id=" + patient() + "&tab=consents";
  }

  /** The 42 CFR 2.32 notice printed with every disclosure. */
  public String getNotice() {
    return Part2Notice.STATEMENT;
  }

  public RecipientKind[] getRecipientKinds() {
    return RecipientKind.values();
  }

  public Purpose[] getPurposes() {
    return Purpose.values();
  }

  public SignerRelation[] getSignerRelations() {
    return SignerRelation.values();
  }

  public LocalDate getToday() {
    return today.in(null);
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

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
