package org.continuumcare.bedboard;

import java.time.LocalDate;
import java.util.UUID;
import org.continuumcare.levelofcare.LevelOfCare;

/** One bed on the board, with the patient holding it (if any) and since when. */
public record BedRow(
    UUID bedId,
    String unit,
    LevelOfCare levelOfCare,
    String label,
    BedStatus status,
    UUID patientId,
    String patientName,
    String mrn,
    LocalDate since,
    long version) {}
