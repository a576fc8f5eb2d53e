package org.continuumcare.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The program's CIWA-Ar bands (DESIGN.md §3.3): the setting parsed and checked strictly, each band
 * boundary under the default and a custom setting, the other instruments unchanged.
 */
class ProgramBandsTest {

  private static final String SOURCE = "Local protocol WM-12, 2026";
  private static final ProgramBands CUSTOM =
      ProgramBands.fromSettings(" 0:MINIMAL, 8:MILD ,15:MODERATE,20:SEVERE", SOURCE);

  @Test
  void theDefaultIsDesignsBandsCitingSullivan() {
    assertEquals(Instrument.CIWA_AR.defaultBands(), ProgramBands.DEFAULT.ciwaAr());
    assertEquals(
        "0:MINIMAL,10:MILD,16:MODERATE,21:SEVERE", ProgramBands.DEFAULT.ciwaAr().toString());
    assertTrue(ProgramBands.DEFAULT.ciwaArSource().contains("Sullivan et al., Br J Addict 1989"));
    assertTrue(ProgramBands.DEFAULT.ciwaArSource().contains("1353–7"));
  }

  @Test
  void aGoodSettingIsReadWithItsSource() {
    assertEquals("0:MINIMAL,8:MILD,15:MODERATE,20:SEVERE", CUSTOM.ciwaAr().toString());
    assertEquals(SOURCE, CUSTOM.ciwaArSource());
    assertEquals(
        SOURCE, ProgramBands.fromSettings("0:MINIMAL", "  " + SOURCE + " ").ciwaArSource());
    assertEquals(
        List.of(
            new Bands.Range(0, 7, Severity.MINIMAL),
            new Bands.Range(8, 14, Severity.MILD),
            new Bands.Range(15, 19, Severity.MODERATE),
            new Bands.Range(20, 67, Severity.SEVERE)),
        CUSTOM.ciwaAr().ranges(67));
  }

  @ParameterizedTest(name = "default {0} → {1}")
  @CsvSource({
    "0, MINIMAL",
    "9, MINIMAL",
    "10, MILD",
    "15, MILD",
    "16, MODERATE",
    "20, MODERATE",
    "21, SEVERE",
    "67, SEVERE"
  })
  void defaultBoundaries(int total, Severity band) {
    assertEquals(band, ProgramBands.DEFAULT.severityOf(Instrument.CIWA_AR, total));
  }

  @ParameterizedTest(name = "custom {0} → {1}")
  @CsvSource({
    "0, MINIMAL",
    "7, MINIMAL",
    "8, MILD",
    "14, MILD",
    "15, MODERATE",
    "19, MODERATE",
    "20, SEVERE",
    "67, SEVERE"
  })
  void customBoundaries(int total, Severity band) {
    assertEquals(band, CUSTOM.severityOf(Instrument.CIWA_AR, total));
  }

  @ParameterizedTest
  @EnumSource(
      value = Instrument.class,
      names = {"COWS", "PHQ9", "GAD7"})
  void otherInstrumentsKeepTheirPublishedBands(Instrument instrument) {
    assertEquals(instrument.defaultBands(), CUSTOM.bandsOf(instrument));
    for (int total = 0; total <= instrument.maxTotal(); total++) {
      assertEquals(
          instrument.severityOf(total, instrument.defaultBands()),
          CUSTOM.severityOf(instrument, total));
    }
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class, () -> instrument.severityOf(0, CUSTOM.ciwaAr()));
    assertTrue(refused.getMessage().contains("keeps its published bands"), refused.getMessage());
  }

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''| it is empty",
        "'   '| it is empty",
        "0:MINIMAL,10| \"10\" is not total:SEVERITY",
        "0:MINIMAL,10:MILD,| \"\" is not total:SEVERITY",
        "0:MINIMAL;10:MILD| \"0:MINIMAL;10:MILD\" is not total:SEVERITY",
        "0:MINIMAL,ten:MILD| \"ten\" in \"ten:MILD\" is not a whole number",
        "0:MINIMAL,10:HIGH| \"HIGH\" is not a severity; use one of NONE, MINIMAL, MILD",
        "0:MINIMAL,10:mild| \"mild\" is not a severity",
        "5:MINIMAL,10:MILD| the first band must start at 0, not 5",
        "-1:MINIMAL,10:MILD| the first band must start at 0, not -1",
        "0:MINIMAL,16:MODERATE,10:MILD| the totals must ascend: 10 comes after 16",
        "0:MINIMAL,10:MILD,10:MODERATE| the totals must ascend: 10 comes after 10",
        "0:MINIMAL,10:MILD,68:SEVERE| a band starts at 68, above the highest total 67",
        "0:MILD,10:MINIMAL| the severities must ascend: 10:MINIMAL comes after MILD",
        "0:MINIMAL,10:MINIMAL| the severities must ascend: 10:MINIMAL comes after MINIMAL"
      })
  void aBadSettingIsRefusedNamingThePropertyAndTheFault(String setting, String fault) {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class, () -> ProgramBands.fromSettings(setting, SOURCE));
    String message = refused.getMessage();
    assertTrue(message.startsWith("continuum.ciwa-ar.bands (CONTINUUM_CIWA_AR_BANDS) \""), message);
    assertTrue(message.contains(" is not valid: " + fault), message);
    assertTrue(message.contains("e.g. 0:MINIMAL,10:MILD,16:MODERATE,21:SEVERE"), message);
  }

  @Test
  void aMissingSettingOrABlankSourceIsRefusedNamingTheProperty() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> ProgramBands.fromSettings(null, SOURCE));
    assertTrue(refused.getMessage().contains("continuum.ciwa-ar.bands"), refused.getMessage());
    for (String source : new String[] {null, "", "   "}) {
      refused =
          assertThrows(
              IllegalArgumentException.class,
              () -> ProgramBands.fromSettings(ProgramBands.DEFAULT_BANDS, source));
      assertEquals(
          "continuum.ciwa-ar.bands-source (CONTINUUM_CIWA_AR_BANDS_SOURCE) is empty: cite where"
              + " the CIWA-Ar bands 0:MINIMAL,10:MILD,16:MODERATE,21:SEVERE come from.",
          refused.getMessage());
    }
  }

  @Test
  void aScoreKeepsTheBandInForceWhenItWasRecorded() {
    Instant now = Instant.parse("2026-12-06T10:00:00Z");
    UUID patient = UUID.randomUUID();
    List<Integer> nine = List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 0);
    ClinicalScore before =
        ClinicalScore.record(
            patient, null, Instrument.CIWA_AR, nine, ProgramBands.DEFAULT, now, "nina.nurse", now);
    ClinicalScore after =
        ClinicalScore.record(
            patient, null, Instrument.CIWA_AR, nine, CUSTOM, now, "nina.nurse", now);
    assertEquals(9, before.getTotal());
    assertEquals(Severity.MINIMAL, before.getSeverity());
    assertEquals(Severity.MILD, after.getSeverity(), "8 and above is mild in the custom setting");
    assertEquals(Severity.MINIMAL, before.getSeverity(), "the earlier score is not rewritten");
  }
}
