package org.continuumcare.intake;

/** Frequency of use in the past month (TEDS codes). */
public enum Frequency {
  NO_USE_PAST_MONTH("1"),
  ONE_TO_THREE_PER_MONTH("2"),
  ONE_TO_TWO_PER_WEEK("3"),
  THREE_TO_SIX_PER_WEEK("4"),
  DAILY("5");

  private final String tedsCode;

  Frequency(String tedsCode) {
    this.tedsCode = tedsCode;
  }

  public String tedsCode() {
    return tedsCode;
  }
}
