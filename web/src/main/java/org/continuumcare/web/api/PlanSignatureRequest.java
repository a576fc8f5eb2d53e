package org.continuumcare.web.api;

import java.time.LocalDate;

/**
 * Body of {@code POST /episodes/{id}/treatment-plan/patient-signature}: the day the patient signed,
 * with the plan's {@code version}.
 */
public class PlanSignatureRequest {
  public LocalDate signedOn;
  public Long version;
}
