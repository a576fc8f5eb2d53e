package org.continuumcare.web.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.continuumcare.consent.Purpose;
import org.continuumcare.consent.RecipientKind;
import org.continuumcare.consent.SignerRelation;

/**
 * The code lists a Part 2 consent's elements are chosen from (WEB-INF/consent/consent-fields.xhtml:
 * the chart's capture dialog and the intake flow's consent step).
 */
@Named
@ApplicationScoped
public class ConsentChoices {

  public RecipientKind[] getRecipientKinds() {
    return RecipientKind.values();
  }

  public Purpose[] getPurposes() {
    return Purpose.values();
  }

  public SignerRelation[] getSignerRelations() {
    return SignerRelation.values();
  }
}
