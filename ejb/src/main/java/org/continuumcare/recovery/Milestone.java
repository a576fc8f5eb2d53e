package org.continuumcare.recovery;

/** The sobriety milestones, in days since the sobriety date (DESIGN.md §3.3). */
public enum Milestone {
  DAYS_30(30),
  DAYS_60(60),
  DAYS_90(90),
  DAYS_180(180),
  DAYS_365(365);

  private final int days;

  Milestone(int days) {
    this.days = days;
  }

  public int days() {
    return days;
  }
}
