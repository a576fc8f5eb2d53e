package org.continuumcare.episode;

/** Reason for discharge with its TEDS code (DESIGN.md §3.2). */
public enum DischargeReason {
  COMPLETED(1),
  LEFT_AGAINST_ADVICE(2),
  TERMINATED_BY_FACILITY(3),
  TRANSFERRED(4),
  INCARCERATED(5),
  DEATH(6),
  OTHER(7);

  private final int tedsCode;

  DischargeReason(int tedsCode) {
    this.tedsCode = tedsCode;
  }

  public int tedsCode() {
    return tedsCode;
  }
}
