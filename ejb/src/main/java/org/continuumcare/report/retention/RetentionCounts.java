package org.continuumcare.report.retention;

/**
 * Eligible, retained and excluded courses of one group; {@code rate = retained / eligible},
 * unrounded, {@code null} when nothing is eligible.
 */
public class RetentionCounts {
  private final long eligible;
  private final long retained;
  private final long excluded;

  public RetentionCounts(long eligible, long retained, long excluded) {
    this.eligible = eligible;
    this.retained = retained;
    this.excluded = excluded;
  }

  public long getEligible() {
    return eligible;
  }

  public long getRetained() {
    return retained;
  }

  public long getExcluded() {
    return excluded;
  }

  public Double getRate() {
    return eligible == 0 ? null : (double) retained / eligible;
  }
}
