package org.continuumcare.report.activity;

/**
 * How many admissions (reason = referral source), transfers (reason = STEP_DOWN, STEP_UP, LATERAL)
 * or discharges (reason = discharge reason) happened in one month.
 */
public final class ActivityRow {
  private final String month;
  private final ActivityKind kind;
  private final String reason;
  private final long count;

  public ActivityRow(String month, ActivityKind kind, String reason, long count) {
    this.month = month;
    this.kind = kind;
    this.reason = reason;
    this.count = count;
  }

  public String getMonth() {
    return month;
  }

  public ActivityKind getKind() {
    return kind;
  }

  public String getReason() {
    return reason;
  }

  public long getCount() {
    return count;
  }
}
