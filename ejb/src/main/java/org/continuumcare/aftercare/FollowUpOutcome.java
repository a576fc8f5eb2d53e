package org.continuumcare.aftercare;

/**
 * How a follow-up contact ended. The {@code REACHED_*} outcomes complete the follow-up (DESIGN.md
 * §4.3, follow-up completion); the others record an attempt.
 */
public enum FollowUpOutcome {
  REACHED_ABSTINENT(true),
  REACHED_USING(true),
  REACHED_IN_TREATMENT(true),
  NOT_REACHED(false),
  DECLINED(false),
  DECEASED(false);

  private final boolean reached;

  FollowUpOutcome(boolean reached) {
    this.reached = reached;
  }

  public boolean isReached() {
    return reached;
  }

  /** The reached outcomes as an SQL list of literals, for {@code outcome in (…)}. */
  public static String reachedInSql() {
    return java.util.Arrays.stream(values())
        .filter(FollowUpOutcome::isReached)
        .map(o -> "'" + o.name() + "'")
        .collect(java.util.stream.Collectors.joining(", "));
  }
}
