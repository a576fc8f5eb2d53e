package org.continuumcare.consent;

/**
 * A consent of the patient with where it stands today at the patient's site. The bean getters are
 * for Jakarta EL 5 (EE 10), which does not resolve record accessors.
 */
public record ConsentOnFile(Consent consent, ConsentStatus status) {

  public Consent getConsent() {
    return consent;
  }

  public ConsentStatus getStatus() {
    return status;
  }
}
