package org.continuumcare.scores;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.continuumcare.shared.RuleViolation;

/**
 * The scored instruments of the clinical record, with their items and severity bands (DESIGN.md
 * §3.3). Scoring is a sum of the item answers; the band is the highest threshold the total reaches.
 * COWS, PHQ-9 and GAD-7 keep their published bands; the CIWA-Ar bands are the program's choice
 * ({@link ProgramBands}), {@link #defaultBands()} being DESIGN.md's default.
 *
 * <ul>
 *   <li>COWS — Clinical Opiate Withdrawal Scale (Wesson &amp; Ling, J Psychoactive Drugs
 *       2003;35(2):253–9): 11 items, total 0–48; &lt;5 none, 5–12 mild, 13–24 moderate, 25–36
 *       moderately severe, &gt;36 severe.
 *   <li>CIWA-Ar — Clinical Institute Withdrawal Assessment for Alcohol, revised (Sullivan et al.,
 *       Br J Addict 1989;84:1353–7): 10 items 0–7, orientation 0–4, total 0–67; DESIGN.md's default
 *       bands ≤9 minimal, 10–15 mild, 16–20 moderate, &gt;20 severe.
 *   <li>PHQ-9 (Kroenke et al., J Gen Intern Med 2001;16:606–13), LOINC 44261-6: 9 items 0–3, total
 *       0–27; 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe. Item 9
 *       asks about thoughts of self-harm.
 *   <li>GAD-7 (Spitzer et al., Arch Intern Med 2006;166:1092–7), LOINC 70274-6: 7 items 0–3, total
 *       0–21; 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe.
 * </ul>
 */
public enum Instrument {
  COWS(
      true,
      null,
      List.of(
          Item.of("pulse", 0, 1, 2, 4),
          Item.of("sweating", 0, 1, 2, 3, 4),
          Item.of("restlessness", 0, 1, 3, 5),
          Item.of("pupils", 0, 1, 2, 5),
          Item.of("aches", 0, 1, 2, 4),
          Item.of("runnyNose", 0, 1, 2, 4),
          Item.of("gi", 0, 1, 2, 3, 5),
          Item.of("tremor", 0, 1, 2, 4),
          Item.of("yawning", 0, 1, 2, 4),
          Item.of("anxiety", 0, 1, 2, 4),
          Item.of("gooseflesh", 0, 3, 5)),
      Map.of(
          0, Severity.NONE,
          5, Severity.MILD,
          13, Severity.MODERATE,
          25, Severity.MODERATELY_SEVERE,
          37, Severity.SEVERE)),
  CIWA_AR(
      true,
      null,
      List.of(
          Item.upTo("nausea", 7),
          Item.upTo("tremor", 7),
          Item.upTo("sweats", 7),
          Item.upTo("anxiety", 7),
          Item.upTo("agitation", 7),
          Item.upTo("tactile", 7),
          Item.upTo("auditory", 7),
          Item.upTo("visual", 7),
          Item.upTo("headache", 7),
          Item.upTo("orientation", 4)),
      Map.of(0, Severity.MINIMAL, 10, Severity.MILD, 16, Severity.MODERATE, 21, Severity.SEVERE)),
  PHQ9(
      false,
      "44261-6",
      List.of(
          Item.upTo("interest", 3),
          Item.upTo("depressed", 3),
          Item.upTo("sleep", 3),
          Item.upTo("tired", 3),
          Item.upTo("appetite", 3),
          Item.upTo("failure", 3),
          Item.upTo("concentrating", 3),
          Item.upTo("slowness", 3),
          Item.upTo("selfHarm", 3)),
      Map.of(
          0, Severity.MINIMAL,
          5, Severity.MILD,
          10, Severity.MODERATE,
          15, Severity.MODERATELY_SEVERE,
          20, Severity.SEVERE)),
  GAD7(
      false,
      "70274-6",
      List.of(
          Item.upTo("nervous", 3),
          Item.upTo("worrying", 3),
          Item.upTo("worryingTooMuch", 3),
          Item.upTo("relaxing", 3),
          Item.upTo("restless", 3),
          Item.upTo("irritable", 3),
          Item.upTo("afraid", 3)),
      Map.of(0, Severity.MINIMAL, 5, Severity.MILD, 10, Severity.MODERATE, 15, Severity.SEVERE));

  /** PHQ-9 item 9 (thoughts of being better off dead or of self-harm), 0-based. */
  public static final int PHQ9_SELF_HARM_ITEM = 8;

  private final boolean withdrawal;
  private final String loinc;
  private final List<Item> items;
  private final Bands bands;

  Instrument(boolean withdrawal, String loinc, List<Item> items, Map<Integer, Severity> bands) {
    this.withdrawal = withdrawal;
    this.loinc = loinc;
    this.items = items;
    this.bands = Bands.of(bands, items.stream().mapToInt(Item::max).sum());
  }

  /** A withdrawal scale (COWS, CIWA-Ar) rather than a screen (PHQ-9, GAD-7). */
  public boolean isWithdrawal() {
    return withdrawal;
  }

  /** The LOINC code of the total score, or {@code null} when none is in use. */
  public String loinc() {
    return loinc;
  }

  public List<Item> items() {
    return items;
  }

  public int maxTotal() {
    return items.stream().mapToInt(Item::max).sum();
  }

  /**
   * The band of a total within 0..{@link #maxTotal()} under {@code bands} — the program's bands for
   * this instrument ({@link ProgramBands#bandsOf}). Only the CIWA-Ar's may differ from {@link
   * #defaultBands()}; other bands for an instrument with published bands are refused.
   */
  public Severity severityOf(int total, Bands bands) {
    if (total < 0 || total > maxTotal()) {
      throw new IllegalArgumentException(name() + " total out of range: " + total);
    }
    if (!hasConfigurableBands() && !this.bands.equals(bands)) {
      throw new IllegalArgumentException(label() + " keeps its published bands, not " + bands);
    }
    return bands.of(total);
  }

  /** The published bands (for the CIWA-Ar: DESIGN.md's default, ≤9/10–15/16–20/>20). */
  public Bands defaultBands() {
    return bands;
  }

  /** Whether a program may set its own bands (the CIWA-Ar only). */
  public boolean hasConfigurableBands() {
    return this == CIWA_AR;
  }

  /**
   * Checks a set of answers (one per item, in item order) and returns their total; a missing item
   * or an answer the item does not allow is refused, naming the item.
   */
  public int score(List<Integer> answers) {
    if (answers == null || answers.size() != items.size()) {
      throw new RuleViolation(
          "items", "score.itemCount", label(), items.size(), answers == null ? 0 : answers.size());
    }
    int total = 0;
    for (int i = 0; i < items.size(); i++) {
      Integer answer = answers.get(i);
      if (answer == null) {
        throw new RuleViolation("items[" + i + "]", "score.itemMissing", label(), i + 1);
      }
      Item item = items.get(i);
      if (!item.allows(answer)) {
        throw new RuleViolation(
            "items[" + i + "]",
            "score.itemOutOfRange",
            label(),
            i + 1,
            answer,
            item.answers().stream().map(String::valueOf).collect(Collectors.joining(", ")));
      }
      total += answer;
    }
    return total;
  }

  /** The instrument's usual name (COWS, CIWA-Ar, PHQ-9, GAD-7). */
  public String label() {
    return switch (this) {
      case COWS -> "COWS";
      case CIWA_AR -> "CIWA-Ar";
      case PHQ9 -> "PHQ-9";
      case GAD7 -> "GAD-7";
    };
  }

  /** The withdrawal scales, or the screens. */
  public static List<Instrument> of(boolean withdrawal) {
    List<Instrument> all = new ArrayList<>();
    for (Instrument i : values()) {
      if (i.withdrawal == withdrawal) {
        all.add(i);
      }
    }
    return all;
  }
}
