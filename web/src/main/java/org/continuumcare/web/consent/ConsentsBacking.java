package org.continuumcare.web.consent;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.continuumcare.consent.ConsentForm;
import org.continuumcare.consent.ConsentOnFile;
import org.continuumcare.consent.ConsentService;
import org.continuumcare.consent.Disclosure;
import org.continuumcare.consent.DisclosureService;
import org.continuumcare.consent.NewConsent;
import org.continuumcare.consent.Part2Notice;
import org.continuumcare.security.Role;
import org.continuumcare.shared.Today;
import org.continuumcare.web.shell.FormWrites;

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
  private final ConsentForm form = new ConsentForm();

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
    form.reset(PROGRAM, today.in(null));
  }

  public String capture() {
    NewConsent signed = form.toNewConsent();
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
    return FormWrites.write(
        FacesContext.getCurrentInstance(),
        formId,
        change,
        "/patient/chart?faces-redirect=true&id=" + patient() + "&tab=consents",
        doneKey);
  }

  /** The 42 CFR 2.32 notice printed with every disclosure. */
  public String getNotice() {
    return Part2Notice.STATEMENT;
  }

  public LocalDate getToday() {
    return today.in(null);
  }

  public ConsentForm getForm() {
    return form;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
