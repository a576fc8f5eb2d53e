package org.continuumcare.scores;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The severity bands of an instrument's total: the lowest total of each band, in order. The band of
 * a total is the one with the highest lowest-total it reaches. Immutable; built from a map or
 * parsed from a setting such as {@code 0:MINIMAL,10:MILD,16:MODERATE,21:SEVERE}.
 */
public final class Bands implements java.io.Serializable {

  private final TreeMap<Integer, Severity> lowest;

  private Bands(Map<Integer, Severity> lowest) {
    this.lowest = new TreeMap<>(lowest);
  }

  /**
   * Bands from their lowest totals; checked as {@link #parse} checks a setting.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static Bands of(Map<Integer, Severity> lowest, int maxTotal) {
    Bands bands = new Bands(lowest);
    bands.check(maxTotal);
    return bands;
  }

  /**
   * Parses {@code total:SEVERITY,…} — the lowest total of each band, ascending from 0 and within
   * 0..{@code maxTotal}, severities from {@link Severity} and ascending with the totals.
   *
   * @throws IllegalArgumentException naming what is wrong (never a band guessed)
   */
  public static Bands parse(String setting, int maxTotal) {
    if (setting == null || setting.isBlank()) {
      throw new IllegalArgumentException("it is empty; expected e.g. 0:MINIMAL,10:MILD");
    }
    TreeMap<Integer, Severity> lowest = new TreeMap<>();
    Integer previous = null;
    for (String part : setting.split(",", -1)) {
      String[] pair = part.trim().split(":", -1);
      if (pair.length != 2) {
        throw new IllegalArgumentException(
            "\"" + part.trim() + "\" is not total:SEVERITY (e.g. 10:MILD)");
      }
      int total;
      try {
        total = Integer.parseInt(pair[0].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "\"" + pair[0].trim() + "\" in \"" + part.trim() + "\" is not a whole number");
      }
      Severity severity;
      try {
        severity = Severity.valueOf(pair[1].trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "\""
                + pair[1].trim()
                + "\" is not a severity; use one of "
                + java.util.Arrays.stream(Severity.values())
                    .map(Severity::name)
                    .collect(Collectors.joining(", ")));
      }
      if (previous != null && total <= previous) {
        throw new IllegalArgumentException(
            "the totals must ascend: " + total + " comes after " + previous);
      }
      previous = total;
      lowest.put(total, severity);
    }
    return of(lowest, maxTotal);
  }

  private void check(int maxTotal) {
    if (lowest.isEmpty()) {
      throw new IllegalArgumentException("there is no band");
    }
    if (lowest.firstKey() != 0) {
      throw new IllegalArgumentException(
          "the first band must start at 0, not " + lowest.firstKey());
    }
    if (lowest.lastKey() > maxTotal) {
      throw new IllegalArgumentException(
          "a band starts at " + lowest.lastKey() + ", above the highest total " + maxTotal);
    }
    Severity previous = null;
    for (Map.Entry<Integer, Severity> band : lowest.entrySet()) {
      if (previous != null && band.getValue().compareTo(previous) <= 0) {
        throw new IllegalArgumentException(
            "the severities must ascend: "
                + band.getKey()
                + ":"
                + band.getValue()
                + " comes after "
                + previous);
      }
      previous = band.getValue();
    }
  }

  /** The band of a total (the caller checks the total is within the instrument's range). */
  Severity of(int total) {
    return lowest.floorEntry(total).getValue();
  }

  /** The lowest total of each band, in order. */
  public SortedMap<Integer, Severity> lowest() {
    return Collections.unmodifiableSortedMap(lowest);
  }

  /** Each band as a range of totals up to {@code maxTotal}, in order (for legends). */
  public List<Range> ranges(int maxTotal) {
    List<Range> all = new ArrayList<>();
    List<Map.Entry<Integer, Severity>> entries = new ArrayList<>(lowest.entrySet());
    for (int i = 0; i < entries.size(); i++) {
      int to = i + 1 < entries.size() ? entries.get(i + 1).getKey() - 1 : maxTotal;
      all.add(new Range(entries.get(i).getKey(), to, entries.get(i).getValue()));
    }
    return all;
  }

  /** The totals {@code from..to} (both included) of one band. */
  public record Range(int from, int to, Severity severity) {}

  /** The setting's form: {@code 0:MINIMAL,10:MILD,…}. */
  @Override
  public String toString() {
    return lowest.entrySet().stream()
        .map(e -> e.getKey() + ":" + e.getValue().name())
        .collect(Collectors.joining(","));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bands b && b.lowest.equals(lowest);
  }

  @Override
  public int hashCode() {
    return lowest.hashCode();
  }
}
