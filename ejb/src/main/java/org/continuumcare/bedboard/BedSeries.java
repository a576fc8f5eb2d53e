package org.continuumcare.bedboard;

import java.util.ArrayList;
import java.util.List;
import org.continuumcare.shared.RuleViolation;

/**
 * The labels of beds added at once: one bed labelled as typed ({@code count} 1, no first number),
 * or {@code count} beds numbered from {@code from} (default 1) after the prefix — "N", 5, 3 gives
 * N5, N6, N7.
 */
public record BedSeries(String prefix, Integer from, int count) {

  /** At most this many beds at once: a unit, not a hospital. */
  public static final int MAX_COUNT = 50;

  public List<String> labels() {
    if (count < 1 || count > MAX_COUNT) {
      throw new RuleViolation("count", "bed.seriesCount", MAX_COUNT);
    }
    String stem = prefix == null ? "" : prefix.strip();
    if (count == 1 && from == null) {
      return List.of(Bed.cleanLabel(stem));
    }
    int first = from == null ? 1 : from;
    if (first < 0) {
      throw new RuleViolation("from", "bed.seriesFrom");
    }
    List<String> labels = new ArrayList<>();
    for (int i = first; i < first + count; i++) {
      labels.add(Bed.cleanLabel(stem + i));
    }
    return labels;
  }
}
