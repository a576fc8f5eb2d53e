package org.continuumcare.mat;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A phase of a MAT order, effective from a date until the next phase. */
@Entity
@Table(name = "mat_phase")
public class PhaseChange {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id")
  private MatOrder order;

  @Enumerated(EnumType.STRING)
  private Phase phase;

  private LocalDate effectiveOn;

  protected PhaseChange() {}

  PhaseChange(MatOrder order, Phase phase, LocalDate effectiveOn) {
    this.id = UUID.randomUUID();
    this.order = order;
    this.phase = phase;
    this.effectiveOn = effectiveOn;
  }

  public Phase getPhase() {
    return phase;
  }

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }
}
