package org.continuumcare.bedboard;

import java.time.LocalDate;
import java.util.UUID;
import org.continuumcare.levelofcare.LevelOfCare;

/** One bed on the board, with the patient holding it (if any) and since when; getters for EL. */
public record BedRow(
    UUID bedId,
    UUID unitId,
    String unit,
    LevelOfCare levelOfCare,
    String label,
    BedStatus status,
    UUID patientId,
    String patientName,
    String mrn,
    LocalDate since,
    long version) {

  public UUID getBedId() {
    return bedId;
  }

  public UUID getUnitId() {
    return unitId;
  }

  public String getUnit() {
    return unit;
  }

  public LevelOfCare getLevelOfCare() {
    return levelOfCare;
  }

  public String getLabel() {
    return label;
  }

  public BedStatus getStatus() {
    return status;
  }

  public UUID getPatientId() {
    return patientId;
  }

  public String getPatientName() {
    return patientName;
  }

  public String getMrn() {
    return mrn;
  }

  public LocalDate getSince() {
    return since;
  }

  public long getVersion() {
    return version;
  }
}
