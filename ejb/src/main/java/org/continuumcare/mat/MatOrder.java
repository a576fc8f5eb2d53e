package org.continuumcare.mat;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.continuumcare.shared.RuleViolation;

/**
 * A MAT order of a patient: medication and dose, prescriber, {@code [startedOn, endedOn)} — the end
 * exclusive, the first day without the medication — and its phase history. Active on a date when
 * that date lies in the interval. A patient has at most one active order (the database refuses
 * overlapping orders).
 */
@Entity
@Table(name = "mat_order")
public class MatOrder {

  @Id private UUID id;

  @Column(name = "patient_id")
  private UUID patientId;

  @Enumerated(EnumType.STRING)
  private Medication medication;

  private BigDecimal dose;
  private String unit;
  private String prescriber;
  private LocalDate startedOn;
  private LocalDate endedOn;

  @Enumerated(EnumType.STRING)
  private StopReason stopReason;

  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("effectiveOn")
  private List<PhaseChange> phases = new ArrayList<>();

  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("effectiveOn")
  private List<DoseChange> doses = new ArrayList<>();

  @Version private long version;

  protected MatOrder() {}

  /** Starts an order in its first phase. Late entry is allowed; a start in the future is not. */
  public static MatOrder start(
      UUID patientId,
      Medication medication,
      Phase phase,
      LocalDate startedOn,
      BigDecimal dose,
      String unit,
      String prescriber,
      LocalDate today) {
    if (startedOn.isAfter(today)) {
      throw new RuleViolation("startedOn", "mat.startInFuture");
    }
    MatOrder order = new MatOrder();
    order.id = UUID.randomUUID();
    order.patientId = Objects.requireNonNull(patientId);
    order.medication = Objects.requireNonNull(medication);
    order.dose = Objects.requireNonNull(dose);
    order.unit = Objects.requireNonNull(unit);
    order.prescriber = Objects.requireNonNull(prescriber);
    order.startedOn = startedOn;
    order.phases.add(new PhaseChange(order, phase, startedOn));
    order.doses.add(new DoseChange(order, startedOn, dose, unit, prescriber, null));
    return order;
  }

  /** Moves the order to a phase from {@code effectiveOn}: after the latest phase, while active. */
  public void changePhase(Phase phase, LocalDate effectiveOn, LocalDate today) {
    requireActive();
    LocalDate latest = phases.get(phases.size() - 1).getEffectiveOn();
    if (!effectiveOn.isAfter(latest)) {
      throw new RuleViolation("effectiveOn", "mat.phaseOutOfOrder", latest);
    }
    if (effectiveOn.isAfter(today)) {
      throw new RuleViolation("effectiveOn", "workflow.inFuture");
    }
    phases.add(new PhaseChange(this, phase, effectiveOn));
  }

  /** Stops the order: {@code endedOn} is the first day without the medication. */
  public void stop(LocalDate endedOn, StopReason reason, LocalDate today) {
    requireActive();
    LocalDate latest = phases.get(phases.size() - 1).getEffectiveOn();
    if (!endedOn.isAfter(latest)) {
      throw new RuleViolation("endedOn", "mat.endBeforeStart", latest);
    }
    if (endedOn.isAfter(today.plusDays(1))) {
      throw new RuleViolation("endedOn", "workflow.inFuture");
    }
    this.endedOn = endedOn;
    this.stopReason = Objects.requireNonNull(reason);
  }

  /**
   * Changes the dose from {@code effectiveOn} (after the latest change, not in the future, while
   * active), for a reason. The latest change is the current dose.
   */
  public void changeDose(
      BigDecimal newDose,
      String newUnit,
      LocalDate effectiveOn,
      String reason,
      String changedBy,
      LocalDate today) {
    requireActive();
    LocalDate latest = doses.isEmpty() ? startedOn : doses.get(doses.size() - 1).getEffectiveOn();
    if (!effectiveOn.isAfter(latest)) {
      throw new RuleViolation("effectiveOn", "mat.doseOutOfOrder", latest);
    }
    if (effectiveOn.isAfter(today)) {
      throw new RuleViolation("effectiveOn", "workflow.inFuture");
    }
    if (newDose.compareTo(dose) == 0 && newUnit.equals(unit)) {
      throw new RuleViolation("dose", "mat.doseUnchanged");
    }
    if (reason == null || reason.isBlank()) {
      throw new RuleViolation("reason", "mat.doseReasonRequired");
    }
    doses.add(
        new DoseChange(
            this,
            effectiveOn,
            Objects.requireNonNull(newDose),
            Objects.requireNonNull(newUnit),
            Objects.requireNonNull(changedBy),
            reason.strip()));
    this.dose = newDose;
    this.unit = newUnit;
  }

  /**
   * Records what happened to the day's clinic-administered dose: only for medication the clinic
   * gives, on a day the order is active and not in the future; a dose only when given, and never
   * more than the dose ordered for that day. One per order and day (the service and the database
   * refuse a second).
   */
  public Administration administer(
      LocalDate date,
      AdministrationStatus status,
      BigDecimal doseGiven,
      String note,
      String recordedBy,
      LocalDate today) {
    if (!medication.isClinicAdministered()) {
      throw new RuleViolation(null, "mat.notClinicAdministered");
    }
    if (date.isAfter(today)) {
      throw new RuleViolation("date", "workflow.inFuture");
    }
    if (date.isBefore(startedOn)) {
      throw new RuleViolation("date", "mat.administrationBeforeStart", startedOn);
    }
    if (!isActiveOn(date)) {
      throw new RuleViolation("date", "mat.administrationAfterEnd", endedOn);
    }
    DoseChange ordered = doseOn(date);
    if (status == AdministrationStatus.GIVEN) {
      if (doseGiven == null) {
        throw new RuleViolation("dose", "mat.administeredDoseRequired");
      }
      if (doseGiven.compareTo(ordered.getDose()) > 0) {
        throw new RuleViolation(
            "dose",
            "mat.doseAboveOrder",
            ordered.getDose().stripTrailingZeros().toPlainString(),
            ordered.getUnit());
      }
    } else if (doseGiven != null) {
      throw new RuleViolation("dose", "mat.noDoseUnlessGiven");
    }
    return new Administration(
        this,
        date,
        Objects.requireNonNull(status),
        doseGiven,
        doseGiven == null ? null : ordered.getUnit(),
        Objects.requireNonNull(recordedBy),
        note == null || note.isBlank() ? null : note.strip());
  }

  /** The dose ordered on {@code date}: the latest change on or before it (else the first). */
  public DoseChange doseOn(LocalDate date) {
    DoseChange current = null;
    for (DoseChange change : doses) {
      if (current == null || !change.getEffectiveOn().isAfter(date)) {
        current = change;
      }
    }
    return current != null
        ? current
        : new DoseChange(this, startedOn, dose, unit, prescriber, null);
  }

  /** Whether the medication is given on {@code date}. */
  public boolean isActiveOn(LocalDate date) {
    return !date.isBefore(startedOn) && (endedOn == null || date.isBefore(endedOn));
  }

  /** The phase effective on {@code date}: the latest phase change on or before it. */
  public Optional<Phase> phaseOn(LocalDate date) {
    Phase current = null;
    for (PhaseChange change : phases) {
      if (!change.getEffectiveOn().isAfter(date)) {
        current = change.getPhase();
      }
    }
    return Optional.ofNullable(current);
  }

  private void requireActive() {
    if (endedOn != null) {
      throw new RuleViolation(null, "mat.orderEnded", endedOn);
    }
  }

  public UUID getId() {
    return id;
  }

  public UUID getPatientId() {
    return patientId;
  }

  public Medication getMedication() {
    return medication;
  }

  public BigDecimal getDose() {
    return dose;
  }

  public String getUnit() {
    return unit;
  }

  public String getPrescriber() {
    return prescriber;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public StopReason getStopReason() {
    return stopReason;
  }

  public List<PhaseChange> getPhases() {
    return Collections.unmodifiableList(phases);
  }

  /** The dose history, oldest first: the starting dose, then each change. */
  public List<DoseChange> getDoses() {
    return Collections.unmodifiableList(doses);
  }

  public long getVersion() {
    return version;
  }
}
