package org.continuumcare.report.drugscreen;

import org.continuumcare.levelofcare.LevelOfCare;

/**
 * The screens collected at one level of care ({@code null}: while not in care, or in the total row)
 * and how many had at least one unexpected result.
 */
public final class DrugScreenRow {
  private final LevelOfCare levelOfCare;
  private final long screens;
  private final long unexpected;

  public DrugScreenRow(LevelOfCare levelOfCare, long screens, long unexpected) {
    this.levelOfCare = levelOfCare;
    this.screens = screens;
    this.unexpected = unexpected;
  }

  public LevelOfCare getLevelOfCare() {
    return levelOfCare;
  }

  public long getScreens() {
    return screens;
  }

  public long getUnexpected() {
    return unexpected;
  }

  /** unexpected ÷ screens, unrounded; {@code null} when no screen was collected. */
  public Double getRate() {
    return screens == 0 ? null : (double) unexpected / screens;
  }
}
