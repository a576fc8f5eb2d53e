package org.continuumcare.web.api;

/** Body of {@code POST /notes/{id}/signature}: the {@code version} of the draft read. */
public class SignatureRequest {
  public Long version;
}
