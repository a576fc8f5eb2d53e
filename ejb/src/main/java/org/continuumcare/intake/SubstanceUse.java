package org.continuumcare.intake;

import org.continuumcare.patient.Substance;
import org.continuumcare.shared.RuleViolation;

/** One substance of use with its TEDS route, frequency and age at first use. */
public class SubstanceUse implements java.io.Serializable {
  private Substance substance;
  private Route route;
  private Frequency frequency;
  private Integer ageAtFirstUse;

  public SubstanceUse() {}

  public SubstanceUse(
      Substance substance, Route route, Frequency frequency, Integer ageAtFirstUse) {
    this.substance = substance;
    this.route = route;
    this.frequency = frequency;
    this.ageAtFirstUse = ageAtFirstUse;
  }

  boolean isEmpty() {
    return substance == null;
  }

  /**
   * A named substance needs its route, frequency and age at first use (0 to the patient's age).
   * Fields are {@code <rank>Substance}, {@code <rank>Route}, … as on the screen.
   */
  void check(String rank, boolean required, int ageNow) {
    if (isEmpty() && !required) {
      return;
    }
    Rules.required(rank + "Substance", substance);
    Rules.required(rank + "Route", route);
    Rules.required(rank + "Frequency", frequency);
    Rules.required(rank + "Age", ageAtFirstUse);
    if (ageAtFirstUse < 0 || ageAtFirstUse > ageNow) {
      throw new RuleViolation(rank + "Age", "intake.ageAtFirstUse", ageNow);
    }
  }

  public Substance getSubstance() {
    return substance;
  }

  public void setSubstance(Substance substance) {
    this.substance = substance;
  }

  public Route getRoute() {
    return route;
  }

  public void setRoute(Route route) {
    this.route = route;
  }

  public Frequency getFrequency() {
    return frequency;
  }

  public void setFrequency(Frequency frequency) {
    this.frequency = frequency;
  }

  public Integer getAgeAtFirstUse() {
    return ageAtFirstUse;
  }

  public void setAgeAtFirstUse(Integer ageAtFirstUse) {
    this.ageAtFirstUse = ageAtFirstUse;
  }
}
