package org.continuumcare.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import org.continuumcare.consent.Purpose;
import org.continuumcare.consent.RecipientKind;
import org.continuumcare.consent.SignerRelation;
import org.continuumcare.episode.ReferralSource;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.patient.SexAtBirth;
import org.continuumcare.patient.Substance;
import org.continuumcare.scores.Instrument;
import org.continuumcare.scores.ProgramBands;
import org.continuumcare.scores.Severity;
import org.continuumcare.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** Steps 4 and 5 of intake: the withdrawal score on entering WM, and the Part 2 consent. */
class IntakeWithdrawalConsentTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 6, 10, 30);
  private static final LocalDate TODAY = NOW.toLocalDate();

  @Test
  void aWmPlacementNeedsAScoreWithEveryItemAnswered() {
    IntakeForm form = form(LevelOfCare.WM);
    RuleViolation refused = refused(form, Step.WITHDRAWAL);
    assertEquals("instrument", refused.field());
    assertEquals("intake.withdrawalInstrumentRequired", refused.key());

    form.getWithdrawal().choose(Instrument.COWS);
    assertEquals(11, form.getWithdrawal().getItems().size());
    form.getWithdrawal().getItems().set(0, 1);
    refused = refused(form, Step.WITHDRAWAL);
    assertEquals("withdrawalItems:1:answer", refused.field());
    assertEquals("score.itemMissing", refused.key());

    form.getWithdrawal().setItems(cows(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2));
    refused = refused(form, Step.WITHDRAWAL);
    assertEquals("withdrawalItems:10:answer", refused.field(), "gooseflesh is scored 0, 3 or 5");
    assertEquals("score.itemOutOfRange", refused.key());

    form.getWithdrawal().setItems(cows(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0));
    assertEquals("takenAt", refused(form, Step.WITHDRAWAL).field());
    form.getWithdrawal().setTakenAt(NOW.minusMinutes(20));
    form.check(Step.WITHDRAWAL, NOW);
    assertTrue(form.getWithdrawal().complete());
    assertEquals(10, form.getWithdrawal().total());
    assertEquals(Severity.MILD, form.getWithdrawal().severity(ProgramBands.DEFAULT));
  }

  @Test
  void theTotalAndBandAreShownAsItemsArePicked() {
    WithdrawalScore score = new WithdrawalScore();
    assertNull(score.severity(ProgramBands.DEFAULT));
    score.choose(Instrument.CIWA_AR);
    assertEquals(10, score.getItems().size());
    score.getItems().set(0, 7);
    score.getItems().set(1, 6);
    assertEquals(2, score.answered());
    assertFalse(score.complete());
    assertEquals(13, score.total());
    assertEquals(Severity.MILD, score.severity(ProgramBands.DEFAULT));
    score.choose(Instrument.CIWA_AR);
    assertEquals(13, score.total(), "choosing the same scale keeps the answers");
    score.choose(Instrument.COWS);
    assertEquals(0, score.answered(), "another scale starts unanswered");
  }

  @Test
  void aScoreIsNotTakenInTheFutureNorLongBeforeTheAdmissionDate() {
    IntakeForm form = form(LevelOfCare.WM);
    form.getWithdrawal().choose(Instrument.COWS);
    form.getWithdrawal().setItems(cows(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    form.getWithdrawal().setTakenAt(NOW.plusMinutes(5));
    RuleViolation refused = refused(form, Step.WITHDRAWAL);
    assertEquals("takenAt", refused.field());
    assertEquals("score.takenInFuture", refused.key());

    // 24 hours before the start of the admission date is the earliest; the message is on the date.
    consentNotSigned(form);
    form.getAdmission().setAdmittedOn(TODAY);
    form.getWithdrawal().setTakenAt(TODAY.atStartOfDay().minusHours(24).minusMinutes(1));
    refused = refused(form, Step.ADMISSION);
    assertEquals("admittedOn", refused.field());
    assertEquals("intake.withdrawalTooEarly", refused.key());
    form.getWithdrawal().setTakenAt(TODAY.atStartOfDay().minusHours(24));
    form.check(Step.ADMISSION, NOW);
  }

  @Test
  void anotherLevelNeedsNoScoreAndDropsWhatWasTyped() {
    IntakeForm form = form(LevelOfCare.RES);
    form.getWithdrawal().choose(Instrument.COWS);
    form.getWithdrawal().setTakenAt(NOW);
    form.check(Step.WITHDRAWAL, NOW);
    assertNull(form.getWithdrawal().getInstrument());
    assertTrue(form.getWithdrawal().getItems().isEmpty());
    assertNull(form.getWithdrawal().getTakenAt());
  }

  @Test
  void theConsentStepNeedsADecisionAndNotSigningIsAnAnswer() {
    IntakeForm form = form(LevelOfCare.RES);
    RuleViolation refused = refused(form, Step.CONSENT);
    assertEquals("decision", refused.field());
    assertEquals("intake.consentDecisionRequired", refused.key());
    consentNotSigned(form);
    form.check(Step.CONSENT, NOW);
    assertTrue(form.getConsent().signed().isEmpty());
  }

  @Test
  void aCapturedConsentFollowsTheConsentRulesOnItsDates() {
    IntakeForm form = form(LevelOfCare.RES);
    IntakeConsent c = signedConsent(form);
    c.setExpiresOn(null);
    c.setExpiryEvent(" ");
    assertEquals("consent.expiryRequired", refused(form, Step.CONSENT).key());
    c.setExpiresOn(TODAY);
    RuleViolation refused = refused(form, Step.CONSENT);
    assertEquals("expiresOn", refused.field());
    assertEquals("consent.expiresBeforeSigned", refused.key());
    c.setExpiresOn(TODAY.plusYears(1));
    c.setSignedOn(TODAY.plusDays(1));
    assertEquals("consent.signedInFuture", refused(form, Step.CONSENT).key());
    c.setSignedOn(null);
    assertEquals("signedOn", refused(form, Step.CONSENT).field());
    c.setSignedOn(TODAY);
    form.check(Step.CONSENT, NOW);
    var signed = form.getConsent().signed().orElseThrow();
    assertEquals("Lakeside Medical Group", signed.recipientName());
    assertEquals(TODAY.plusYears(1), signed.expiresOn());
    assertTrue(signed.revocationRightStated());
  }

  private static RuleViolation refused(IntakeForm form, Step step) {
    return assertThrows(RuleViolation.class, () -> form.check(step, NOW));
  }

  private static java.util.List<Integer> cows(Integer... answers) {
    return Arrays.asList(answers);
  }

  private static void consentNotSigned(IntakeForm form) {
    form.getConsent().setDecision(ConsentDecision.NOT_SIGNED);
  }

  private static IntakeConsent signedConsent(IntakeForm form) {
    IntakeConsent c = form.getConsent();
    c.setDecision(ConsentDecision.CAPTURED);
    c.setDiscloser("Continuum Recovery Center");
    c.setInformation("Diagnosis, MAT and attendance");
    c.setRecipientKind(RecipientKind.PROVIDER);
    c.setRecipientName("Lakeside Medical Group");
    c.setPurpose(Purpose.TREATMENT);
    c.setPurposeDetail("Coordination with the primary care physician");
    c.setRevocationRightStated(true);
    c.setRedisclosureStated(true);
    c.setRefusalConsequencesStated(true);
    c.setExpiresOn(TODAY.plusYears(1));
    c.setSignedBy("Rosa Diaz");
    c.setSignerRelation(SignerRelation.PATIENT);
    c.setSignedOn(TODAY);
    return c;
  }

  /** A form complete up to the placement, placed at {@code level}, with an admission planned. */
  private static IntakeForm form(LevelOfCare level) {
    IntakeForm form = new IntakeForm();
    Referral r = form.getReferral();
    r.setReferralSource(ReferralSource.SELF);
    r.setFirstContactOn(TODAY.minusDays(3));
    r.setGivenName("Rosa");
    r.setFamilyName("Diaz");
    r.setBirthDate(LocalDate.of(1990, 4, 2));
    r.setSexAtBirth(SexAtBirth.F);
    r.setPayer(Payer.SELF_PAY);
    r.setEmergencyContactName("Luis Diaz");
    r.setEmergencyContactPhone("+1 555 0100");
    form.getSubstances()
        .setPrimary(new SubstanceUse(Substance.HEROIN, Route.INJECTION, Frequency.DAILY, 20));
    form.getSubstances().setCoOccurringMentalHealth(false);
    form.getPlacement().getDimensions().forEach(d -> d.setRating(2));
    form.getPlacement().setRecommendedLevel(level);
    form.getPlacement().setPlacedLevel(level);
    form.getAdmission().setSiteCode("MAIN");
    form.getAdmission().setBedId(java.util.UUID.randomUUID());
    assertEquals(Collections.emptyList(), form.getWithdrawal().getItems());
    return form;
  }
}
