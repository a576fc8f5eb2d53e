package org.continuumcare.web.api;

import java.time.LocalDate;
import org.continuumcare.recovery.ProfileChange;

/**
 * Body of {@code PUT /patients/{id}/recovery}: the whole profile, with the {@code version} read (a
 * stale one is 409). A step outside 1–12 or a future date is 422.
 */
public class RecoveryProfileRequest {
  public boolean hasSponsor;
  public LocalDate sponsorSince;
  public Integer currentStep;
  public String homeGroup;
  public LocalDate sobrietyDate;
  public Long version;

  ProfileChange toChange() {
    return new ProfileChange(hasSponsor, sponsorSince, currentStep, homeGroup, sobrietyDate);
  }
}
