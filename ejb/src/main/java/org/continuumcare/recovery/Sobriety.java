package org.continuumcare.recovery;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sobriety counted from a sobriety date: the date itself is day 0, so a milestone of {@code n} days
 * is reached on {@code sobrietyDate + n}. Derived, never stored.
 */
public final class Sobriety {

  private final LocalDate since;

  public Sobriety(LocalDate since) {
    this.since = Objects.requireNonNull(since);
  }

  public LocalDate getSince() {
    return since;
  }

  /** Whole days sober on {@code today}; 0 on the sobriety date itself. */
  public long days(LocalDate today) {
    return Math.max(0, ChronoUnit.DAYS.between(since, today));
  }

  /** The date a milestone is reached. */
  public LocalDate dateOf(Milestone milestone) {
    return since.plusDays(milestone.days());
  }

  /** The milestones reached on or before {@code today}, in order. */
  public List<Milestone> reached(LocalDate today) {
    return Arrays.stream(Milestone.values()).filter(m -> !dateOf(m).isAfter(today)).toList();
  }

  /** The first milestone not yet reached on {@code today}; empty once a year is reached. */
  public Optional<Milestone> next(LocalDate today) {
    return Arrays.stream(Milestone.values()).filter(m -> dateOf(m).isAfter(today)).findFirst();
  }

  /** The milestone reached exactly on {@code day}, if any (a day to celebrate and remind). */
  public Optional<Milestone> reachedOn(LocalDate day) {
    return Arrays.stream(Milestone.values()).filter(m -> dateOf(m).equals(day)).findFirst();
  }
}
