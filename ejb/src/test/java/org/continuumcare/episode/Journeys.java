package org.continuumcare.episode;

import java.time.LocalDate;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.patient.Patient;
import org.continuumcare.patient.SexAtBirth;
import org.continuumcare.patient.Substance;
import org.continuumcare.site.Site;

/** Test data: sites, a patient, and episodes admitted some days before a fixed today. */
final class Journeys {

  static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
  static final Site MAIN = new Site("MAIN", "Main Campus");
  static final Site EAST = new Site("EAST", "East Campus");

  private Journeys() {}

  static Patient aPatient() {
    return new Patient(
        "C0000001",
        "Ana",
        "Reyes",
        LocalDate.of(1990, 4, 2),
        SexAtBirth.F,
        Substance.HEROIN,
        MAIN,
        TODAY);
  }

  /** An episode admitted to {@code level} at MAIN {@code daysAgo} days before {@link #TODAY}. */
  static Episode admittedTo(LevelOfCare level, int daysAgo) {
    return Episode.admit(
        aPatient(),
        TODAY.minusDays(daysAgo),
        level,
        MAIN,
        ReferralSource.SELF,
        "carl.counselor",
        TODAY);
  }
}
