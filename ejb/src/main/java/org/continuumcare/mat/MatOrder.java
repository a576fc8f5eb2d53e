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

  public long getVersion() {
    return version;
  }
}
