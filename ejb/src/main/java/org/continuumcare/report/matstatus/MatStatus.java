package org.continuumcare.report.matstatus;

/** A patient's MAT status at {@code asOf} (DESIGN.md §4.2), in this order of precedence. */
public enum MatStatus {
  ACTIVE,
  DISCONTINUED,
  DECLINED,
  NONE
}
