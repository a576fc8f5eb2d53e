package org.continuumcare.web.intake;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.continuumcare.intake.IntakeConsent;
import org.continuumcare.intake.IntakeForm;
import org.continuumcare.intake.Step;
import org.continuumcare.intake.WithdrawalScore;
import org.continuumcare.patient.Substance;
import org.continuumcare.scores.Instrument;
import org.continuumcare.web.consent.ConsentsBacking;

/** What a step shows filled in the first time it is reached; the user may change all of it. */
final class StepDefaults {

  private StepDefaults() {}

  /**
   * The withdrawal step: the scale that fits the primary substance (CIWA-Ar for alcohol and
   * benzodiazepines, COWS otherwise) taken now. The consent step: the program as discloser, signed
   * today by the patient.
   */
  static void fill(Step reached, IntakeForm form, LocalDateTime now) {
    if (reached == Step.WITHDRAWAL) {
      WithdrawalScore score = form.getWithdrawal();
      if (score.getInstrument() == null
          && WithdrawalScore.neededAt(form.getPlacement().getPlacedLevel())) {
        Substance primary = form.getSubstances().getPrimary().getSubstance();
        score.choose(
            primary == Substance.ALCOHOL || primary == Substance.BENZODIAZEPINE
                ? Instrument.CIWA_AR
                : Instrument.COWS);
        score.setTakenAt(now.truncatedTo(ChronoUnit.MINUTES));
      }
    } else if (reached == Step.CONSENT) {
      IntakeConsent consent = form.getConsent();
      if (consent.getDecision() == null && consent.getSignedOn() == null) {
        consent.reset(ConsentsBacking.PROGRAM, now.toLocalDate());
        consent.setSignedBy(
            form.getReferral().getGivenName() + " " + form.getReferral().getFamilyName());
      }
    }
  }
}
