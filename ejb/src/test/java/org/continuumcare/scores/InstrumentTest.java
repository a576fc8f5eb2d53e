package org.continuumcare.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.continuumcare.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Scoring and banding of every instrument: each band boundary, each refused answer. */
class InstrumentTest {

  @Test
  void itemCountsAndTotalRangesAreThePublishedOnes() {
    assertEquals(11, Instrument.COWS.items().size());
    assertEquals(48, Instrument.COWS.maxTotal());
    assertEquals(10, Instrument.CIWA_AR.items().size());
    assertEquals(67, Instrument.CIWA_AR.maxTotal());
    assertEquals(9, Instrument.PHQ9.items().size());
    assertEquals(27, Instrument.PHQ9.maxTotal());
    assertEquals(7, Instrument.GAD7.items().size());
    assertEquals(21, Instrument.GAD7.maxTotal());
    assertEquals("44261-6", Instrument.PHQ9.loinc());
    assertEquals("70274-6", Instrument.GAD7.loinc());
    assertEquals(List.of(Instrument.COWS, Instrument.CIWA_AR), Instrument.of(true));
    assertEquals(List.of(Instrument.PHQ9, Instrument.GAD7), Instrument.of(false));
  }

  @Test
  void cowsItemsAllowExactlyTheirPublishedAnswers() {
    List<List<Integer>> expected =
        List.of(
            List.of(0, 1, 2, 4), // resting pulse
            List.of(0, 1, 2, 3, 4), // sweating
            List.of(0, 1, 3, 5), // restlessness
            List.of(0, 1, 2, 5), // pupil size
            List.of(0, 1, 2, 4), // bone or joint aches
            List.of(0, 1, 2, 4), // runny nose or tearing
            List.of(0, 1, 2, 3, 5), // GI upset
            List.of(0, 1, 2, 4), // tremor
            List.of(0, 1, 2, 4), // yawning
            List.of(0, 1, 2, 4), // anxiety or irritability
            List.of(0, 3, 5)); // gooseflesh skin
    assertEquals(expected, Instrument.COWS.items().stream().map(Item::answers).toList());
  }

  @Test
  void ciwaItemsAre0To7ExceptOrientation0To4() {
    List<Item> items = Instrument.CIWA_AR.items();
    for (int i = 0; i < 9; i++) {
      assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), items.get(i).answers(), items.get(i).key());
    }
    assertEquals("orientation", items.get(9).key());
    assertEquals(List.of(0, 1, 2, 3, 4), items.get(9).answers());
  }

  @ParameterizedTest
  @EnumSource(
      value = Instrument.class,
      names = {"PHQ9", "GAD7"})
  void screenItemsAre0To3(Instrument instrument) {
    instrument.items().forEach(i -> assertEquals(List.of(0, 1, 2, 3), i.answers(), i.key()));
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource({
    "COWS, 0, NONE",
    "COWS, 4, NONE",
    "COWS, 5, MILD",
    "COWS, 12, MILD",
    "COWS, 13, MODERATE",
    "COWS, 24, MODERATE",
    "COWS, 25, MODERATELY_SEVERE",
    "COWS, 36, MODERATELY_SEVERE",
    "COWS, 37, SEVERE",
    "COWS, 48, SEVERE",
    "CIWA_AR, 0, MINIMAL",
    "CIWA_AR, 9, MINIMAL",
    "CIWA_AR, 10, MILD",
    "CIWA_AR, 15, MILD",
    "CIWA_AR, 16, MODERATE",
    "CIWA_AR, 20, MODERATE",
    "CIWA_AR, 21, SEVERE",
    "CIWA_AR, 67, SEVERE",
    "PHQ9, 0, MINIMAL",
    "PHQ9, 4, MINIMAL",
    "PHQ9, 5, MILD",
    "PHQ9, 9, MILD",
    "PHQ9, 10, MODERATE",
    "PHQ9, 14, MODERATE",
    "PHQ9, 15, MODERATELY_SEVERE",
    "PHQ9, 19, MODERATELY_SEVERE",
    "PHQ9, 20, SEVERE",
    "PHQ9, 27, SEVERE",
    "GAD7, 0, MINIMAL",
    "GAD7, 4, MINIMAL",
    "GAD7, 5, MILD",
    "GAD7, 9, MILD",
    "GAD7, 10, MODERATE",
    "GAD7, 14, MODERATE",
    "GAD7, 15, SEVERE",
    "GAD7, 21, SEVERE"
  })
  void eachBandBoundary(Instrument instrument, int total, Severity band) {
    List<Integer> answers = answersFor(instrument, total);
    assertEquals(total, instrument.score(answers));
    assertEquals(band, instrument.severityOf(total, instrument.defaultBands()));
  }

  @ParameterizedTest
  @EnumSource(Instrument.class)
  void everyTotalFromZeroToMaxIsBandedAndNothingBeyond(Instrument instrument) {
    Severity previous = null;
    for (int total = 0; total <= instrument.maxTotal(); total++) {
      Severity band = instrument.severityOf(total, instrument.defaultBands());
      assertTrue(previous == null || band.compareTo(previous) >= 0, "bands only rise");
      previous = band;
      assertEquals(total, instrument.score(answersFor(instrument, total)));
    }
    int over = instrument.maxTotal() + 1;
    assertThrows(
        IllegalArgumentException.class,
        () -> instrument.severityOf(over, instrument.defaultBands()));
    assertThrows(
        IllegalArgumentException.class, () -> instrument.severityOf(-1, instrument.defaultBands()));
  }

  @ParameterizedTest
  @EnumSource(Instrument.class)
  void everyAnswerAnItemDoesNotAllowIsRefusedNamingTheItem(Instrument instrument) {
    List<Item> items = instrument.items();
    for (int i = 0; i < items.size(); i++) {
      for (int answer = -1; answer <= items.get(i).max() + 1; answer++) {
        if (items.get(i).allows(answer)) {
          continue;
        }
        List<Integer> answers = new ArrayList<>(Collections.nCopies(items.size(), 0));
        answers.set(i, answer);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> instrument.score(answers));
        assertEquals("score.itemOutOfRange", refused.key());
        assertEquals("items[" + i + "]", refused.field());
        assertTrue(
            refused.getMessage().contains("item " + (i + 1) + " cannot be " + answer),
            refused.getMessage());
      }
    }
  }

  @Test
  void aCowsPulseOf3IsRefused() {
    List<Integer> answers = new ArrayList<>(Collections.nCopies(11, 0));
    answers.set(0, 3);
    RuleViolation refused = assertThrows(RuleViolation.class, () -> Instrument.COWS.score(answers));
    assertEquals("COWS item 1 cannot be 3; it is scored 0, 1, 2, 4.", refused.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Instrument.class)
  void aMissingItemIsRefused(Instrument instrument) {
    int n = instrument.items().size();
    List<Integer> tooFew = Collections.nCopies(n - 1, 0);
    RuleViolation refused = assertThrows(RuleViolation.class, () -> instrument.score(tooFew));
    assertEquals("score.itemCount", refused.key());
    assertEquals("items", refused.field());
    List<Integer> tooMany = Collections.nCopies(n + 1, 0);
    assertThrows(RuleViolation.class, () -> instrument.score(tooMany));
    assertThrows(RuleViolation.class, () -> instrument.score(null));
    List<Integer> withNull = new ArrayList<>(Collections.nCopies(n, 0));
    withNull.set(n - 1, null);
    RuleViolation unanswered = assertThrows(RuleViolation.class, () -> instrument.score(withNull));
    assertEquals("score.itemMissing", unanswered.key());
    assertEquals("items[" + (n - 1) + "]", unanswered.field());
  }

  /** Some answers (allowed by each item) that add up to {@code total}. */
  static List<Integer> answersFor(Instrument instrument, int total) {
    Integer[] answers = new Integer[instrument.items().size()];
    if (!fill(instrument.items(), 0, total, answers)) {
      throw new IllegalArgumentException("no answers make " + total);
    }
    return Arrays.asList(answers);
  }

  private static boolean fill(List<Item> items, int from, int remaining, Integer[] answers) {
    if (from == items.size()) {
      return remaining == 0;
    }
    int restMax = items.subList(from + 1, items.size()).stream().mapToInt(Item::max).sum();
    List<Integer> allowed = new ArrayList<>(items.get(from).answers());
    Collections.reverse(allowed);
    for (int a : allowed) {
      if (a <= remaining && remaining - a <= restMax) {
        answers[from] = a;
        if (fill(items, from + 1, remaining - a, answers)) {
          return true;
        }
      }
    }
    return false;
  }
}
