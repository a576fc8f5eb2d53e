package org.continuumcare.report.followup;

import org.continuumcare.levelofcare.LevelOfCare;

/**
 * One line of follow-up completion: the contacts due, how many reached the patient within the
 * window, how many had any attempt recorded within it, and the contacts excluded (the patient
 * died). {@code levelOfCare} and {@code daysAfterDischarge} null: not grouped by that.
 */
public final class FollowUpRow {
  private final LevelOfCare levelOfCare;
  private final Integer daysAfterDischarge;
  private final long due;
  private final long reached;
  private final long attempted;
  private final long excluded;

  public FollowUpRow(
      LevelOfCare levelOfCare,
      Integer daysAfterDischarge,
      long due,
      long reached,
      long attempted,
      long excluded) {
    this.levelOfCare = levelOfCare;
    this.daysAfterDischarge = daysAfterDischarge;
    this.due = due;
    this.reached = reached;
    this.attempted = attempted;
    this.excluded = excluded;
  }

  public LevelOfCare getLevelOfCare() {
    return levelOfCare;
  }

  public Integer getDaysAfterDischarge() {
    return daysAfterDischarge;
  }

  public long getDue() {
    return due;
  }

  public long getReached() {
    return reached;
  }

  public long getAttempted() {
    return attempted;
  }

  public long getExcluded() {
    return excluded;
  }

  /** reached / due, unrounded; null when nothing was due. */
  public Double getRate() {
    return due == 0 ? null : (double) reached / due;
  }
}
