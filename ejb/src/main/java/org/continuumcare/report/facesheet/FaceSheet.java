package org.continuumcare.report.facesheet;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.continuumcare.episode.DischargeReason;
import org.continuumcare.episode.TransitionReason;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.mat.Medication;
import org.continuumcare.mat.Phase;
import org.continuumcare.mat.StopReason;
import org.continuumcare.patient.SexAtBirth;
import org.continuumcare.patient.Substance;

/**
 * The patient face sheet (DESIGN.md §4.3) as plain rows: demographics, episodes with their stays
 * (level-of-care history) and MAT orders with their phases. Read by {@link FaceSheetQueries}, never
 * entities; printed for release outside the program only under a valid consent.
 */
public record FaceSheet(
    String mrn,
    String givenName,
    String familyName,
    LocalDate birthDate,
    SexAtBirth sexAtBirth,
    Substance primarySubstance,
    String siteName,
    List<EpisodeRow> episodes,
    List<MatOrderRow> matOrders,
    Instant readAt)
    implements Serializable {

  /** "Family, Given". */
  public String patientName() {
    return familyName + ", " + givenName;
  }

  /** One episode of care with its stays in order. */
  public record EpisodeRow(
      LocalDate admittedOn,
      LocalDate dischargedOn,
      DischargeReason dischargeReason,
      String primaryCounselor,
      List<StayRow> stays)
      implements Serializable {}

  /** One stay: level of care, site, start, end (exclusive, null while open) and entry reason. */
  public record StayRow(
      int seq,
      LevelOfCare levelOfCare,
      String siteCode,
      LocalDate start,
      LocalDate end,
      TransitionReason entryReason)
      implements Serializable {}

  /** One MAT order with its phases, in order; ended orders carry their stop reason. */
  public record MatOrderRow(
      Medication medication,
      BigDecimal dose,
      String unit,
      String prescriber,
      LocalDate startedOn,
      LocalDate endedOn,
      StopReason stopReason,
      List<PhaseRow> phases)
      implements Serializable {}

  /** A phase of a MAT order from its effective date. */
  public record PhaseRow(Phase phase, LocalDate effectiveOn) implements Serializable {}
}
