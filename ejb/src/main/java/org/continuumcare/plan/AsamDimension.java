package org.continuumcare.plan;

/** The six dimensions of the ASAM multidimensional assessment (3rd edition), numbered 1–6. */
public enum AsamDimension {
  ACUTE_INTOXICATION_WITHDRAWAL(1),
  BIOMEDICAL(2),
  EMOTIONAL_BEHAVIORAL_COGNITIVE(3),
  READINESS_TO_CHANGE(4),
  RELAPSE_CONTINUED_USE(5),
  RECOVERY_ENVIRONMENT(6);

  private final int number;

  AsamDimension(int number) {
    this.number = number;
  }

  public int number() {
    return number;
  }

  public static AsamDimension of(int number) {
    return values()[number - 1];
  }
}
