package org.continuumcare.levelofcare;

/**
 * Levels of care in the continuum, most intensive first (DESIGN.md §3.1). ASAM codes are of the 3rd
 * edition, stored with their edition because the 4th renumbers them. The TEDS service code of
 * residential care depends on the length of stay (4 up to 30 days, 5 beyond).
 */
public enum LevelOfCare {
  WM("Withdrawal management", 6, "3.7-WM", "2", true, true, 0),
  RES("Residential", 5, "3.5", "4", true, true, 14),
  PHP("Partial hospitalization", 4, "2.5", "6", false, true, 30),
  IOP("Intensive outpatient", 3, "2.1", "6", false, true, 30),
  OP("Outpatient", 2, "1", "7", false, true, 90),
  AC("Aftercare / continuing care", 1, null, null, false, false, 90);

  public static final String ASAM_EDITION = "3";

  private final String displayName;
  private final int intensity;
  private final String asamCode;
  private final String tedsService;
  private final boolean twentyFourHour;
  private final boolean countsTowardRetention;
  private final int planReviewDays;

  LevelOfCare(
      String displayName,
      int intensity,
      String asamCode,
      String tedsService,
      boolean twentyFourHour,
      boolean countsTowardRetention,
      int planReviewDays) {
    this.displayName = displayName;
    this.intensity = intensity;
    this.asamCode = asamCode;
    this.tedsService = tedsService;
    this.twentyFourHour = twentyFourHour;
    this.countsTowardRetention = countsTowardRetention;
    this.planReviewDays = planReviewDays;
  }

  public String displayName() {
    return displayName;
  }

  /** Higher is more intensive: WM 6 … AC 1. */
  public int intensity() {
    return intensity;
  }

  public boolean isMoreIntensiveThan(LevelOfCare other) {
    return intensity > other.intensity;
  }

  /** Default ASAM criteria code (edition {@link #ASAM_EDITION}), or {@code null} for aftercare. */
  public String asamCode() {
    return asamCode;
  }

  /** Default TEDS service code, or {@code null} for aftercare (not a TEDS service). */
  public String tedsService() {
    return tedsService;
  }

  public boolean isTwentyFourHour() {
    return twentyFourHour;
  }

  /**
   * The levels counted by the retention measure (DESIGN.md §4.1), as an SQL list of literals for
   * {@code level_of_care in (…)}: built from this catalogue, never typed twice.
   */
  public static String countedInSql() {
    return inSql(LevelOfCare::countsTowardRetention);
  }

  /** The levels that match, as an SQL list of literals for {@code level_of_care in (…)}. */
  public static String inSql(java.util.function.Predicate<LevelOfCare> which) {
    return java.util.Arrays.stream(values())
        .filter(which)
        .map(l -> "'" + l.name() + "'")
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** The intensity order WM first, as an SQL array for {@code array_position(…, level)}. */
  public static String intensityOrderInSql() {
    return java.util.Arrays.stream(values())
        .sorted(java.util.Comparator.comparingInt((LevelOfCare l) -> -l.intensity))
        .map(l -> "'" + l.name() + "'")
        .collect(java.util.stream.Collectors.joining(",", "array[", "]::varchar[]"));
  }

  public boolean countsTowardRetention() {
    return countsTowardRetention;
  }

  /**
   * Days between treatment-plan reviews at this level (DESIGN.md §3.3 defaults: RES 14, PHP and IOP
   * 30, OP and AC 90); 0 where the plan is not reviewed on a cycle (WM: daily progress notes).
   */
  public int planReviewDays() {
    return planReviewDays;
  }
}
