package org.continuumcare.intake;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.scores.Instrument;
import org.continuumcare.scores.ProgramBands;
import org.continuumcare.scores.Severity;
import org.continuumcare.shared.RuleViolation;

/**
 * Step 4 of intake: the withdrawal score taken on entering withdrawal management — a COWS or a
 * CIWA-Ar, every item answered, and when it was taken (wall-clock time at the admission site). It
 * is recorded on the chart with the admission; at any other level no score is needed and whatever
 * was typed is dropped.
 */
public class WithdrawalScore implements java.io.Serializable {

  /**
   * How long before the admission day a score still counts as the intake score: 24 hours before the
   * start of the admission date. An older score no longer describes the patient entering detox; it
   * must be taken again.
   */
  public static final Duration VALID_BEFORE_ADMISSION = Duration.ofHours(24);

  private static final Pattern ITEM = Pattern.compile("items\\[(\\d+)]");

  private Instrument instrument;
  private List<Integer> items = new ArrayList<>();
  private LocalDateTime takenAt;

  /** A withdrawal score is taken on entering withdrawal management only. */
  public static boolean neededAt(LevelOfCare placed) {
    return placed == LevelOfCare.WM;
  }

  /** Chooses the instrument; its items start unanswered unless it stays the same. */
  public void choose(Instrument chosen) {
    if (chosen != instrument || items.size() != (chosen == null ? 0 : chosen.items().size())) {
      items =
          chosen == null
              ? new ArrayList<>()
              : new ArrayList<>(Collections.nCopies(chosen.items().size(), null));
    }
    instrument = chosen;
  }

  /** The number of items answered so far. */
  public int answered() {
    return (int) items.stream().filter(Objects::nonNull).count();
  }

  /** Whether every item of the chosen instrument is answered. */
  public boolean complete() {
    return instrument != null
        && items.size() == instrument.items().size()
        && answered() == items.size();
  }

  /** The sum of the answers given so far (the total once {@link #complete()}). */
  public int total() {
    return items.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
  }

  /**
   * The band of the total so far under the program's bands, or {@code null} before an instrument is
   * chosen.
   */
  public Severity severity(ProgramBands bands) {
    if (instrument == null) {
      return null;
    }
    return bands.severityOf(instrument, Math.min(Math.max(total(), 0), instrument.maxTotal()));
  }

  /**
   * Checks step 4 for the placed level. At WM: a withdrawal instrument, every item answered with a
   * value it allows (the message on that item), and a time taken not after {@code now} and — once
   * the admission date is known — not more than {@link #VALID_BEFORE_ADMISSION} before it. At any
   * other level nothing is needed and what was typed is dropped.
   *
   * @param takenAtField the field a time outside the admission's window is reported on
   */
  void check(LevelOfCare placed, LocalDateTime now, LocalDate admittedOn, String takenAtField) {
    if (!neededAt(placed)) {
      instrument = null;
      items = new ArrayList<>();
      takenAt = null;
      return;
    }
    Rules.required("instrument", instrument, "intake.withdrawalInstrumentRequired");
    if (!instrument.isWithdrawal()) {
      throw new RuleViolation("instrument", "score.notWithdrawal", instrument.label());
    }
    try {
      instrument.score(items);
    } catch (RuleViolation refused) {
      throw new RuleViolation(itemField(refused.field()), refused.key(), refused.args().toArray());
    }
    Rules.required("takenAt", takenAt);
    if (takenAt.isAfter(now)) {
      throw new RuleViolation("takenAt", "score.takenInFuture");
    }
    if (admittedOn != null
        && takenAt.isBefore(admittedOn.atStartOfDay().minus(VALID_BEFORE_ADMISSION))) {
      throw new RuleViolation(
          takenAtField, "intake.withdrawalTooEarly", VALID_BEFORE_ADMISSION.toHours(), admittedOn);
    }
  }

  /** Item {@code i} of the instrument's refusal ("items[i]") is the screen's item select. */
  static String itemField(String field) {
    Matcher m = ITEM.matcher(field == null ? "" : field);
    return m.matches() ? "withdrawalItems:" + m.group(1) + ":answer" : "withdrawalItems";
  }

  public Instrument getInstrument() {
    return instrument;
  }

  public void setInstrument(Instrument instrument) {
    this.instrument = instrument;
  }

  public List<Integer> getItems() {
    return items;
  }

  public void setItems(List<Integer> items) {
    this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
  }

  public LocalDateTime getTakenAt() {
    return takenAt;
  }

  public void setTakenAt(LocalDateTime takenAt) {
    this.takenAt = takenAt;
  }
}
