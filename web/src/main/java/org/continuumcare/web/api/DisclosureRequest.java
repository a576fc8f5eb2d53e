package org.continuumcare.web.api;

import jakarta.validation.constraints.NotNull;
import org.continuumcare.consent.DisclosureBasis;
import org.continuumcare.consent.Purpose;

/**
 * Body of {@code POST /patients/{id}/disclosures}: under a consent ({@code basis} CONSENT, the
 * default: recipient, purpose, description) or in a medical emergency (MEDICAL_EMERGENCY:
 * recipient, recipientAffiliation, emergency, description).
 */
public class DisclosureRequest {
  @CodeOf(DisclosureBasis.class)
  public String basis;

  public String recipient;
  public String recipientAffiliation;

  @NotNull
  @CodeOf(Purpose.class)
  public String purpose;

  public String emergency;
  public String description;
}
