package org.continuumcare.web.api;

import java.time.LocalDate;
import org.continuumcare.aftercare.NewReferral;
import org.continuumcare.aftercare.ReferralKind;

/**
 * Body of {@code POST /episodes/{id}/aftercare-plan/referrals}: kind and provider required, the
 * first appointment optional (not before the plan), and the {@code version} of the plan read.
 */
public class ReferralRequest {
  @CodeOf(ReferralKind.class)
  public String kind;

  public String provider;
  public LocalDate appointmentOn;
  public String note;
  public Long version;

  NewReferral toReferral() {
    return new NewReferral(
        kind == null ? null : ReferralKind.valueOf(kind), provider, appointmentOn, note);
  }
}
