package org.continuumcare.report.matstatus;

/**
 * A count of patients (or courses) and how many of them meet the measure; {@code rate} unrounded,
 * {@code null} when the denominator is 0. OUD on MAT: {@code patients}/{@code onMat}; continuity:
 * {@code starts}/{@code continuous}.
 */
public final class Ratio {
  private final long denominator;
  private final long numerator;

  public Ratio(long denominator, long numerator) {
    this.denominator = denominator;
    this.numerator = numerator;
  }

  public long getDenominator() {
    return denominator;
  }

  public long getNumerator() {
    return numerator;
  }

  public Double getRate() {
    return denominator == 0 ? null : (double) numerator / denominator;
  }
}
