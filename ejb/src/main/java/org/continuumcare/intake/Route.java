package org.continuumcare.intake;

/** Usual route of administration of a substance (TEDS codes). */
public enum Route {
  ORAL("1"),
  SMOKING("2"),
  INHALATION("3"),
  INJECTION("4"),
  OTHER("20");

  private final String tedsCode;

  Route(String tedsCode) {
    this.tedsCode = tedsCode;
  }

  public String tedsCode() {
    return tedsCode;
  }
}
