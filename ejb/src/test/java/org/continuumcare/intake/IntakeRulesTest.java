package org.continuumcare.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.continuumcare.episode.ReferralSource;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.patient.SexAtBirth;
import org.continuumcare.patient.Substance;
import org.continuumcare.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class IntakeRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  @Test
  void aPlacementAtTheRecommendedLevelNeedsNoReasonAndDropsALeftoverOne() {
    Placement p = placement(LevelOfCare.RES, LevelOfCare.RES);
    p.setVarianceReason(VarianceReason.PAYER);
    p.check();
    assertFalse(p.hasVariance());
    assertNull(p.getVarianceReason());
  }

  @Test
  void aVarianceNeedsItsReason() {
    Placement p = placement(LevelOfCare.RES, LevelOfCare.IOP);
    assertTrue(p.hasVariance());
    RuleViolation refused = assertThrows(RuleViolation.class, p::check);
    assertEquals("varianceReason", refused.field());
    assertEquals("intake.varianceReasonRequired", refused.key());
    p.setVarianceReason(VarianceReason.NOT_AVAILABLE);
    p.check();
    assertEquals(VarianceReason.NOT_AVAILABLE, p.getVarianceReason());
  }

  @Test
  void everyDimensionIsRatedZeroToFour() {
    Placement p = placement(LevelOfCare.WM, LevelOfCare.WM);
    p.getDimensions().get(3).setRating(5);
    assertEquals("dimensions:3:rating", assertThrows(RuleViolation.class, p::check).field());
    p.getDimensions().get(3).setRating(null);
    assertEquals("intake.required", assertThrows(RuleViolation.class, p::check).key());
    p.getDimensions().get(3).setRating(0);
    p.check();
  }

  @Test
  void daysWaitingRunFromFirstContactToAdmission() {
    Referral r = referral();
    r.setFirstContactOn(TODAY.minusDays(9));
    assertEquals(9, r.daysWaiting(TODAY));
    assertEquals(0, r.daysWaiting(TODAY.minusDays(9)));
    RuleViolation refused =
        assertThrows(RuleViolation.class, () -> r.daysWaiting(TODAY.minusDays(10)));
    assertEquals("admittedOn", refused.field());
  }

  @Test
  void referralDatesAreInOrderAndAnInsurerNeedsAMemberId() {
    Referral r = referral();
    r.check(TODAY);
    r.setFirstContactOn(TODAY.plusDays(1));
    assertEquals("firstContactOn", assertThrows(RuleViolation.class, () -> r.check(TODAY)).field());
    r.setFirstContactOn(LocalDate.of(1980, 1, 1));
    assertEquals(
        "intake.firstContactBeforeBirth",
        assertThrows(RuleViolation.class, () -> r.check(TODAY)).key());
    r.setFirstContactOn(TODAY);
    r.setMemberId(" ");
    assertEquals("memberId", assertThrows(RuleViolation.class, () -> r.check(TODAY)).field());
    r.setPayer(Payer.SELF_PAY);
    r.check(TODAY);
  }

  @Test
  void substancesAreCompleteDistinctAndInRankOrder() {
    SubstanceHistory h = new SubstanceHistory();
    h.setPrimary(new SubstanceUse(Substance.FENTANYL, Route.SMOKING, Frequency.DAILY, 19));
    h.setCoOccurringMentalHealth(false);
    h.check(36);
    h.setTertiary(new SubstanceUse(Substance.ALCOHOL, Route.ORAL, Frequency.DAILY, 15));
    assertEquals(
        "secondarySubstance", assertThrows(RuleViolation.class, () -> h.check(36)).field());
    h.setSecondary(new SubstanceUse(Substance.FENTANYL, Route.ORAL, Frequency.DAILY, 20));
    assertEquals(
        "intake.substanceRepeated", assertThrows(RuleViolation.class, () -> h.check(36)).key());
    h.setSecondary(new SubstanceUse(Substance.COCAINE, Route.INHALATION, Frequency.DAILY, 40));
    assertEquals("secondaryAge", assertThrows(RuleViolation.class, () -> h.check(36)).field());
    h.getSecondary().setAgeAtFirstUse(22);
    h.check(36);
  }

  @Test
  void aTwentyFourHourLevelNeedsABedAndTheOthersDropIt() {
    AdmissionPlan plan = new AdmissionPlan();
    plan.setAdmittedOn(TODAY);
    plan.setSiteCode("MAIN");
    assertEquals(
        "intake.bedRequired",
        assertThrows(RuleViolation.class, () -> plan.check(TODAY, referral(), LevelOfCare.WM))
            .key());
    plan.setBedId(java.util.UUID.randomUUID());
    plan.check(TODAY, referral(), LevelOfCare.WM);
    plan.check(TODAY, referral(), LevelOfCare.IOP);
    assertNull(plan.getBedId());
  }

  private static Placement placement(LevelOfCare recommended, LevelOfCare placed) {
    Placement p = new Placement();
    p.getDimensions().forEach(d -> d.setRating(2));
    p.setRecommendedLevel(recommended);
    p.setPlacedLevel(placed);
    return p;
  }

  private static Referral referral() {
    Referral r = new Referral();
    r.setReferralSource(ReferralSource.CRIMINAL_JUSTICE);
    r.setFirstContactOn(TODAY.minusDays(3));
    r.setGivenName("Rosa");
    r.setFamilyName("Diaz");
    r.setBirthDate(LocalDate.of(1990, 4, 2));
    r.setSexAtBirth(SexAtBirth.F);
    r.setPayer(Payer.MEDICAID);
    r.setMemberId("MCD-123");
    r.setEmergencyContactName("Luis Diaz");
    r.setEmergencyContactPhone("+1 555 0100");
    return r;
  }
}
