package org.continuumcare.web.api;

/** Body of {@code POST /patients/{id}/safety-flag/clearance}: the documented safety assessment. */
public class ClearanceRequest {
  public String assessment;
}
