package org.continuumcare.report.retention;

/** The courses that started in one calendar month ({@code YYYY-MM}). */
public final class RetentionCohort extends RetentionCounts {
  private final String cohort;

  public RetentionCohort(String cohort, long eligible, long retained, long excluded) {
    super(eligible, retained, excluded);
    this.cohort = cohort;
  }

  public String getCohort() {
    return cohort;
  }
}
