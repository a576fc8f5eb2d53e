package org.continuumcare.intake;

import org.continuumcare.shared.RuleViolation;

/**
 * Step 2 of intake: substances of use (TEDS), the co-occurring mental-health flag, and the number
 * of prior episodes (derived for a known patient, not typed).
 */
public class SubstanceHistory implements java.io.Serializable {
  private SubstanceUse primary = new SubstanceUse();
  private SubstanceUse secondary = new SubstanceUse();
  private SubstanceUse tertiary = new SubstanceUse();
  private Boolean coOccurringMentalHealth;
  private Integer priorEpisodes;

  /**
   * Checks step 2: a complete primary substance, secondary and tertiary complete when named, a
   * tertiary only after a secondary, no substance twice; the co-occurring flag answered.
   */
  public void check(int ageNow) {
    primary.check("primary", true, ageNow);
    secondary.check("secondary", false, ageNow);
    tertiary.check("tertiary", false, ageNow);
    if (secondary.isEmpty() && !tertiary.isEmpty()) {
      throw new RuleViolation("secondarySubstance", "intake.tertiaryWithoutSecondary");
    }
    if (!secondary.isEmpty() && secondary.getSubstance() == primary.getSubstance()) {
      throw new RuleViolation("secondarySubstance", "intake.substanceRepeated");
    }
    if (!tertiary.isEmpty()
        && (tertiary.getSubstance() == primary.getSubstance()
            || tertiary.getSubstance() == secondary.getSubstance())) {
      throw new RuleViolation("tertiarySubstance", "intake.substanceRepeated");
    }
    Rules.required("coOccurringMentalHealth", coOccurringMentalHealth);
  }

  public SubstanceUse getPrimary() {
    return primary;
  }

  public void setPrimary(SubstanceUse primary) {
    this.primary = primary;
  }

  public SubstanceUse getSecondary() {
    return secondary;
  }

  public void setSecondary(SubstanceUse secondary) {
    this.secondary = secondary;
  }

  public SubstanceUse getTertiary() {
    return tertiary;
  }

  public void setTertiary(SubstanceUse tertiary) {
    this.tertiary = tertiary;
  }

  public Boolean getCoOccurringMentalHealth() {
    return coOccurringMentalHealth;
  }

  public void setCoOccurringMentalHealth(Boolean coOccurringMentalHealth) {
    this.coOccurringMentalHealth = coOccurringMentalHealth;
  }

  public Integer getPriorEpisodes() {
    return priorEpisodes;
  }

  public void setPriorEpisodes(Integer priorEpisodes) {
    this.priorEpisodes = priorEpisodes;
  }
}
