package org.continuumcare.web.api;

/** Body of {@code POST /patients/{id}/consents/{consentId}/revocation}. */
public class RevocationRequest {
  public String reason;
}
