package org.continuumcare.recovery;

/** The mutual-help fellowship of a meeting. */
public enum Fellowship {
  /** Narcotics Anonymous. */
  NA,
  /** Alcoholics Anonymous. */
  AA,
  /** Heroin Anonymous. */
  HA,
  /** SMART Recovery. */
  SMART,
  OTHER
}
