package org.continuumcare.drugscreen;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** One analyte's result within a screen, with its classification (fixed when recorded). */
@Entity
@Table(name = "drug_screen_result")
public class ScreenResult {

  @Id private UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "screen_id")
  private DrugScreen screen;

  @Enumerated(EnumType.STRING)
  private Analyte analyte;

  private boolean positive;

  @Enumerated(EnumType.STRING)
  private Expectation expectation;

  protected ScreenResult() {}

  ScreenResult(DrugScreen screen, Analyte analyte, boolean positive, Expectation expectation) {
    this.id = UUID.randomUUID();
    this.screen = screen;
    this.analyte = analyte;
    this.positive = positive;
    this.expectation = expectation;
  }

  public Analyte getAnalyte() {
    return analyte;
  }

  public boolean isPositive() {
    return positive;
  }

  public Expectation getExpectation() {
    return expectation;
  }

  public boolean isUnexpected() {
    return expectation == Expectation.UNEXPECTED;
  }
}
