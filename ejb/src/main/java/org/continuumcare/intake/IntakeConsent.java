package org.continuumcare.intake;

import jakarta.json.bind.annotation.JsonbTransient;
import java.time.LocalDate;
import java.util.Optional;
import org.continuumcare.consent.Consent;
import org.continuumcare.consent.ConsentForm;
import org.continuumcare.consent.NewConsent;

/**
 * Step 5 of intake: the 42 CFR Part 2 consent. The patient may decline to sign one — treatment is
 * not conditioned on it — so the step records either the consent as signed, with every element
 * {@link NewConsent} defines (named as there, so its messages land on these fields), or that none
 * was signed now. A captured consent is written with the admission, through {@code
 * ConsentService.capture}.
 */
public class IntakeConsent extends ConsentForm {
  private ConsentDecision decision;

  /** The consent to capture with the admission, or empty when the patient did not sign one. */
  public Optional<NewConsent> signed() {
    if (decision != ConsentDecision.CAPTURED) {
      return Optional.empty();
    }
    return Optional.of(toNewConsent());
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
      Rules.required("signedOn", getSignedOn());
      Consent.checkDates(getSignedOn(), getExpiresOn(), getExpiryEvent(), today);
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
}
