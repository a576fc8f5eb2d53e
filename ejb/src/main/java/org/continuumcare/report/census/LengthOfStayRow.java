package org.continuumcare.report.census;

import org.continuumcare.levelofcare.LevelOfCare;

/** The stays at one level that ended in the period: how many, median and mean days. */
public final class LengthOfStayRow {
  private final LevelOfCare levelOfCare;
  private final long stays;
  private final double medianDays;
  private final double meanDays;

  public LengthOfStayRow(LevelOfCare levelOfCare, long stays, double medianDays, double meanDays) {
    this.levelOfCare = levelOfCare;
    this.stays = stays;
    this.medianDays = medianDays;
    this.meanDays = meanDays;
  }

  public LevelOfCare getLevelOfCare() {
    return levelOfCare;
  }

  public long getStays() {
    return stays;
  }

  public double getMedianDays() {
    return medianDays;
  }

  public double getMeanDays() {
    return meanDays;
  }
}
