package org.continuumcare.web.mat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.continuumcare.mat.MatOrder;
import org.continuumcare.mat.Medication;
import org.continuumcare.mat.Phase;
import org.continuumcare.mat.PhaseChange;

/**
 * One stretch of the patient's MAT timeline, {@code [from, to)}: a phase of an order, or time
 * without MAT between orders; sized by its share of the days from the first start to today.
 */
public final class MatTimelineSegment {

  private final Medication medication;
  private final Phase phase;
  private final LocalDate from;
  private final LocalDate to;
  private final long days;
  private String flex;

  private MatTimelineSegment(Medication medication, Phase phase, LocalDate from, LocalDate to) {
    this.medication = medication;
    this.phase = phase;
    this.from = from;
    this.to = to;
    this.days = Math.max(ChronoUnit.DAYS.between(from, to), 0);
  }

  /** The timeline of {@code orders} (any order) up to and including {@code today}. */
  static List<MatTimelineSegment> of(List<MatOrder> orders, LocalDate today) {
    List<MatTimelineSegment> segments = new ArrayList<>();
    LocalDate end = today.plusDays(1);
    LocalDate cursor = null;
    List<MatOrder> byStart =
        orders.stream().sorted(Comparator.comparing(MatOrder::getStartedOn)).toList();
    for (MatOrder order : byStart) {
      if (cursor != null && cursor.isBefore(order.getStartedOn())) {
        segments.add(new MatTimelineSegment(null, null, cursor, order.getStartedOn()));
      }
      LocalDate orderEnd =
          order.getEndedOn() == null || order.getEndedOn().isAfter(end) ? end : order.getEndedOn();
      List<PhaseChange> phases = order.getPhases();
      for (int i = 0; i < phases.size(); i++) {
        LocalDate from = phases.get(i).getEffectiveOn();
        LocalDate to = i + 1 < phases.size() ? phases.get(i + 1).getEffectiveOn() : orderEnd;
        if (from.isBefore(to)) {
          segments.add(
              new MatTimelineSegment(order.getMedication(), phases.get(i).getPhase(), from, to));
        }
      }
      cursor = orderEnd;
    }
    if (cursor != null && cursor.isBefore(end)) {
      segments.add(new MatTimelineSegment(null, null, cursor, end));
    }
    long total = segments.stream().mapToLong(s -> s.days).sum();
    segments.forEach(
        s ->
            s.flex =
                String.format(Locale.ROOT, "%.4f", total == 0 ? 1 : Math.max(s.days, 0.5) / total));
    return segments;
  }

  /** The medication, or {@code null} for time without MAT. */
  public Medication getMedication() {
    return medication;
  }

  public Phase getPhase() {
    return phase;
  }

  public LocalDate getFrom() {
    return from;
  }

  /** The last day of the stretch (inclusive). */
  public LocalDate getLastDay() {
    return to.minusDays(1);
  }

  public long getDays() {
    return days;
  }

  /** The CSS class of the stretch: its phase, or time without MAT. */
  public String getStyleClass() {
    return phase == null ? "mat-none" : "mat-phase-" + phase.name();
  }

  public String getFlex() {
    return flex;
  }
}
