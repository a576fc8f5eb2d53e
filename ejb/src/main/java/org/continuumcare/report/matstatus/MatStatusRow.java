package org.continuumcare.report.matstatus;

import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.mat.Medication;
import org.continuumcare.mat.Phase;

/**
 * Patients in care at {@code asOf} at one level of care with one status; medication and phase only
 * for {@code ACTIVE}.
 */
public final class MatStatusRow {
  private final LevelOfCare levelOfCare;
  private final MatStatus status;
  private final Medication medication;
  private final Phase phase;
  private final long patients;

  public MatStatusRow(
      LevelOfCare levelOfCare,
      MatStatus status,
      Medication medication,
      Phase phase,
      long patients) {
    this.levelOfCare = levelOfCare;
    this.status = status;
    this.medication = medication;
    this.phase = phase;
    this.patients = patients;
  }

  public LevelOfCare getLevelOfCare() {
    return levelOfCare;
  }

  public MatStatus getStatus() {
    return status;
  }

  public Medication getMedication() {
    return medication;
  }

  public Phase getPhase() {
    return phase;
  }

  public long getPatients() {
    return patients;
  }
}
