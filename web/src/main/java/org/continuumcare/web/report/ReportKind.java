package org.continuumcare.web.report;

/** The reports the reports page offers (DESIGN.md §4). */
public enum ReportKind {
  RETENTION,
  MAT_STATUS,
  CENSUS,
  ACTIVITY,
  STEP_DOWN,
  DRUG_SCREENS,
  FOLLOW_UP_COMPLETION
}
