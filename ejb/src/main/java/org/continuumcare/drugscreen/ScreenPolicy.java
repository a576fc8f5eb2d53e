package org.continuumcare.drugscreen;

import java.util.EnumSet;
import java.util.Set;
import org.continuumcare.mat.Medication;

/**
 * Expected or unexpected, DESIGN.md §3.3 — the one place this rule lives. Against the MAT order
 * active on the collection date:
 *
 * <ul>
 *   <li>the prescribed medication and its metabolite are expected <em>positive</em>
 *       (buprenorphine/norbuprenorphine on buprenorphine, including the extended-release injection;
 *       methadone/EDDP on methadone), and a <em>negative</em> for them is unexpected — possible
 *       diversion;
 *   <li>every other positive is unexpected: any other opioid, fentanyl, an illicit substance, and
 *       also benzodiazepines, THC and alcohol, since treatment expects abstinence from them (a
 *       prescribed benzodiazepine is not part of the record here; the clinician reads the flag);
 *   <li>every other negative is expected.
 * </ul>
 *
 * Naltrexone is an antagonist that screens do not report on: on naltrexone, as without MAT, no
 * analyte is expected positive.
 */
public final class ScreenPolicy {

  private ScreenPolicy() {}

  /** The analytes expected positive on {@code medication} ({@code null}: no active MAT order). */
  public static Set<Analyte> expectedPositive(Medication medication) {
    if (medication == null) {
      return EnumSet.noneOf(Analyte.class);
    }
    return switch (medication) {
      case BUPRENORPHINE, BUPRENORPHINE_XR ->
          EnumSet.of(Analyte.BUPRENORPHINE, Analyte.NORBUPRENORPHINE);
      case METHADONE -> EnumSet.of(Analyte.METHADONE, Analyte.EDDP);
      case NALTREXONE, NALTREXONE_XR -> EnumSet.noneOf(Analyte.class);
    };
  }

  /** Classifies one result against the active MAT medication ({@code null}: none). */
  public static Expectation classify(Analyte analyte, boolean positive, Medication medication) {
    boolean prescribed = expectedPositive(medication).contains(analyte);
    return positive == prescribed ? Expectation.EXPECTED : Expectation.UNEXPECTED;
  }
}
