package org.continuumcare.web.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import org.continuumcare.scores.ProgramBands;
import org.junit.jupiter.api.Test;

/** The CIWA-Ar bands line, from the bundle's own texts. */
class BandLegendTest {

  private final ResourceBundle i18n =
      ResourceBundle.getBundle("org.continuumcare.web.i18n.messages", Locale.ENGLISH);

  @Test
  void theDefaultBandsReadAsDesignWritesThem() {
    assertEquals(
        "CIWA-Ar bands: ≤9 minimal, 10–15 mild, 16–20 moderate, >20 severe — source: "
            + ProgramBands.DEFAULT_SOURCE,
        BandLegend.ciwaAr(ProgramBands.DEFAULT, i18n, Locale.ENGLISH));
  }

  @Test
  void aCustomSettingIsShownWithItsSource() {
    assertEquals(
        "CIWA-Ar bands: ≤7 minimal, 8–14 mild, 15–19 moderate, >19 severe — source: Protocol 12",
        BandLegend.ciwaAr(
            ProgramBands.fromSettings("0:MINIMAL,8:MILD,15:MODERATE,20:SEVERE", "Protocol 12"),
            i18n,
            Locale.ENGLISH));
    assertEquals(
        "CIWA-Ar bands: 0 minimal, 1 mild, 2–66 moderate, 67 severe — source: S",
        BandLegend.ciwaAr(
            ProgramBands.fromSettings("0:MINIMAL,1:MILD,2:MODERATE,67:SEVERE", "S"),
            i18n,
            Locale.ENGLISH));
    assertEquals(
        "CIWA-Ar bands: 0–67 mild — source: S",
        BandLegend.ciwaAr(ProgramBands.fromSettings("0:MILD", "S"), i18n, Locale.ENGLISH));
  }
}
