package org.continuumcare.episode;

/** TEDS referral source of an admission. */
public enum ReferralSource {
  SELF,
  SUD_PROVIDER,
  OTHER_HEALTH_PROVIDER,
  SCHOOL,
  EMPLOYER,
  COMMUNITY,
  CRIMINAL_JUSTICE
}
