package org.continuumcare.aftercare;

import java.time.LocalDate;

/** A referral to add: kind and provider required; appointment optional, not before the plan. */
public record NewReferral(
    ReferralKind kind, String provider, LocalDate appointmentOn, String note) {}
