package org.continuumcare.drugscreen;

import static org.continuumcare.drugscreen.Expectation.EXPECTED;
import static org.continuumcare.drugscreen.Expectation.UNEXPECTED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.continuumcare.mat.Medication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Expected or unexpected (DESIGN.md §3.3) for every analyte, both results, every medication and no
 * MAT at all: the table below is the whole rule, written out.
 */
class ScreenPolicyTest {

  private static final Set<Analyte> BUPRENORPHINE_AND_METABOLITE =
      EnumSet.of(Analyte.BUPRENORPHINE, Analyte.NORBUPRENORPHINE);
  private static final Set<Analyte> METHADONE_AND_METABOLITE =
      EnumSet.of(Analyte.METHADONE, Analyte.EDDP);

  /** The expected-positive analytes per medication, as DESIGN.md names them. */
  private static Set<Analyte> prescribed(Medication medication) {
    if (medication == null) {
      return Set.of();
    }
    return switch (medication) {
      case BUPRENORPHINE, BUPRENORPHINE_XR -> BUPRENORPHINE_AND_METABOLITE;
      case METHADONE -> METHADONE_AND_METABOLITE;
      case NALTREXONE, NALTREXONE_XR -> Set.of();
    };
  }

  static Stream<Arguments> everyCase() {
    List<Medication> medications = new ArrayList<>(List.of(Medication.values()));
    medications.add(null);
    List<Arguments> cases = new ArrayList<>();
    for (Medication m : medications) {
      for (Analyte a : Analyte.values()) {
        boolean onIt = prescribed(m).contains(a);
        cases.add(Arguments.of(m, a, true, onIt ? EXPECTED : UNEXPECTED));
        cases.add(Arguments.of(m, a, false, onIt ? UNEXPECTED : EXPECTED));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "on {0}: {1} positive={2} is {3}")
  @MethodSource("everyCase")
  void everyAnalyteEveryResultEveryMedication(
      Medication medication, Analyte analyte, boolean positive, Expectation expected) {
    assertEquals(expected, ScreenPolicy.classify(analyte, positive, medication));
  }

  @Test
  void onBuprenorphineItsPositiveIsExpectedAndItsNegativeIsPossibleDiversion() {
    Medication bup = Medication.BUPRENORPHINE;
    assertEquals(EXPECTED, ScreenPolicy.classify(Analyte.BUPRENORPHINE, true, bup));
    assertEquals(EXPECTED, ScreenPolicy.classify(Analyte.NORBUPRENORPHINE, true, bup));
    assertEquals(UNEXPECTED, ScreenPolicy.classify(Analyte.BUPRENORPHINE, false, bup));
    assertEquals(UNEXPECTED, ScreenPolicy.classify(Analyte.NORBUPRENORPHINE, false, bup));
    assertEquals(UNEXPECTED, ScreenPolicy.classify(Analyte.METHADONE, true, bup));
    assertEquals(UNEXPECTED, ScreenPolicy.classify(Analyte.FENTANYL, true, bup));
    assertEquals(EXPECTED, ScreenPolicy.classify(Analyte.FENTANYL, false, bup));
  }

  @Test
  void onMethadoneMethadoneAndEddpAreExpectedPositive() {
    Medication methadone = Medication.METHADONE;
    assertEquals(EXPECTED, ScreenPolicy.classify(Analyte.METHADONE, true, methadone));
    assertEquals(EXPECTED, ScreenPolicy.classify(Analyte.EDDP, true, methadone));
    assertEquals(UNEXPECTED, ScreenPolicy.classify(Analyte.EDDP, false, methadone));
    assertEquals(UNEXPECTED, ScreenPolicy.classify(Analyte.BUPRENORPHINE, true, methadone));
    assertEquals(UNEXPECTED, ScreenPolicy.classify(Analyte.OXYCODONE, true, methadone));
  }

  @Test
  void withoutMatOrOnNaltrexoneEveryPositiveIsUnexpected() {
    for (Medication m : new Medication[] {null, Medication.NALTREXONE, Medication.NALTREXONE_XR}) {
      for (Analyte a : Analyte.values()) {
        assertEquals(UNEXPECTED, ScreenPolicy.classify(a, true, m), a + " on " + m);
        assertEquals(EXPECTED, ScreenPolicy.classify(a, false, m), a + " on " + m);
      }
    }
  }

  @Test
  void theExtendedReleaseInjectionCountsAsBuprenorphine() {
    assertEquals(
        BUPRENORPHINE_AND_METABOLITE, ScreenPolicy.expectedPositive(Medication.BUPRENORPHINE_XR));
  }
}
