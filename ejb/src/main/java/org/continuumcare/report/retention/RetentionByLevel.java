package org.continuumcare.report.retention;

import org.continuumcare.levelofcare.LevelOfCare;

/** The courses whose first stay was at one level of care. */
public final class RetentionByLevel extends RetentionCounts {
  private final LevelOfCare levelOfCare;

  public RetentionByLevel(LevelOfCare levelOfCare, long eligible, long retained, long excluded) {
    super(eligible, retained, excluded);
    this.levelOfCare = levelOfCare;
  }

  public LevelOfCare getLevelOfCare() {
    return levelOfCare;
  }
}
