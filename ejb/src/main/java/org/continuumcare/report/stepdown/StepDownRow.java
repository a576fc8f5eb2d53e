package org.continuumcare.report.stepdown;

import org.continuumcare.levelofcare.LevelOfCare;

/**
 * The stays at one 24-hour level that ended in the period, and how many were followed by a stay at
 * a less intensive counted level within 7 and within 14 days. {@code levelOfCare} null: all.
 */
public final class StepDownRow {
  private final LevelOfCare levelOfCare;
  private final long ended;
  private final long within7;
  private final long within14;

  public StepDownRow(LevelOfCare levelOfCare, long ended, long within7, long within14) {
    this.levelOfCare = levelOfCare;
    this.ended = ended;
    this.within7 = within7;
    this.within14 = within14;
  }

  public LevelOfCare getLevelOfCare() {
    return levelOfCare;
  }

  public long getEnded() {
    return ended;
  }

  public long getWithin7() {
    return within7;
  }

  public long getWithin14() {
    return within14;
  }

  public Double getRate7() {
    return ended == 0 ? null : (double) within7 / ended;
  }

  public Double getRate14() {
    return ended == 0 ? null : (double) within14 / ended;
  }
}
