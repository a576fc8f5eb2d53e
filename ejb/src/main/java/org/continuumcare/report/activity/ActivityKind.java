package org.continuumcare.report.activity;

/** What happened: an episode began, a patient changed level of care, or an episode ended. */
public enum ActivityKind {
  ADMISSION,
  TRANSFER,
  DISCHARGE
}
