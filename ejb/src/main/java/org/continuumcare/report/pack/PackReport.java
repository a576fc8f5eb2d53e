package org.continuumcare.report.pack;

/** The reports a monthly pack holds. */
public enum PackReport {
  RETENTION,
  MAT_STATUS,
  CENSUS
}
