package org.continuumcare.drugscreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.continuumcare.mat.Medication;
import org.continuumcare.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** Recording a screen: classification of each result, and the screens refused. */
class DrugScreenTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2025, 6, 30, 10, 15);

  private static DrugScreen record(Medication mat, LocalDateTime at, AnalyteResult... results) {
    return DrugScreen.record(
        UUID.randomUUID(),
        new NewDrugScreen(at, Specimen.URINE, true, List.of(results)),
        mat,
        "nina.nurse",
        NOW);
  }

  @Test
  void eachResultIsClassifiedAgainstTheMedicationOnTheCollectionDate() {
    DrugScreen screen =
        record(
            Medication.BUPRENORPHINE,
            NOW.minusHours(2),
            new AnalyteResult(Analyte.FENTANYL, false),
            new AnalyteResult(Analyte.BUPRENORPHINE, true),
            new AnalyteResult(Analyte.NORBUPRENORPHINE, true));

    assertFalse(screen.isUnexpected());
    assertEquals(Medication.BUPRENORPHINE, screen.getMatMedication());
    assertEquals(
        List.of(Analyte.FENTANYL, Analyte.BUPRENORPHINE, Analyte.NORBUPRENORPHINE),
        screen.getResults().stream().map(ScreenResult::getAnalyte).toList(),
        "in the analytes' order");
    assertTrue(screen.getResults().stream().noneMatch(ScreenResult::isUnexpected));
  }

  @Test
  void oneUnexpectedResultMakesTheScreenUnexpected() {
    DrugScreen screen =
        record(
            Medication.METHADONE,
            NOW,
            new AnalyteResult(Analyte.METHADONE, true),
            new AnalyteResult(Analyte.COCAINE, true));
    assertTrue(screen.isUnexpected());
    assertEquals(
        List.of(Expectation.EXPECTED, Expectation.UNEXPECTED),
        screen.getResults().stream().map(ScreenResult::getExpectation).toList());
  }

  @Test
  void aCollectionInTheFutureIsRefused() {
    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () -> record(null, NOW.plusMinutes(1), new AnalyteResult(Analyte.THC, false)));
    assertEquals("collectedAt", refused.field());
    assertEquals("drugScreen.collectedInFuture", refused.key());
  }

  @Test
  void aScreenWithoutResultsIsRefused() {
    RuleViolation refused = assertThrows(RuleViolation.class, () -> record(null, NOW));
    assertEquals("drugScreen.noResults", refused.key());
    RuleViolation nullList =
        assertThrows(
            RuleViolation.class,
            () ->
                DrugScreen.record(
                    UUID.randomUUID(),
                    new NewDrugScreen(NOW, Specimen.ORAL_FLUID, false, null),
                    null,
                    "nina.nurse",
                    NOW));
    assertEquals("results", nullList.field());
  }

  @Test
  void anAnalyteTwiceIsRefused() {
    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () ->
                record(
                    null,
                    NOW,
                    new AnalyteResult(Analyte.COCAINE, false),
                    new AnalyteResult(Analyte.COCAINE, true)));
    assertEquals("drugScreen.duplicateAnalyte", refused.key());
  }
}
