package org.continuumcare.web.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.continuumcare.bedboard.Bed;
import org.continuumcare.bedboard.BedRow;
import org.continuumcare.bedboard.BedSeries;
import org.continuumcare.bedboard.BedService;
import org.continuumcare.bedboard.BedStatus;
import org.continuumcare.bedboard.BedUnit;
import org.continuumcare.bedboard.UnitRow;
import org.continuumcare.consent.Purpose;
import org.continuumcare.consent.RecipientKind;
import org.continuumcare.consent.SignerRelation;
import org.continuumcare.episode.Episode;
import org.continuumcare.episode.EpisodeService;
import org.continuumcare.episode.ReferralSource;
import org.continuumcare.intake.ConsentDecision;
import org.continuumcare.intake.Frequency;
import org.continuumcare.intake.IntakeConsent;
import org.continuumcare.intake.IntakeDraft;
import org.continuumcare.intake.IntakeForm;
import org.continuumcare.intake.IntakeService;
import org.continuumcare.intake.Payer;
import org.continuumcare.intake.Route;
import org.continuumcare.intake.Step;
import org.continuumcare.intake.SubstanceUse;
import org.continuumcare.intake.VarianceReason;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.patient.SexAtBirth;
import org.continuumcare.patient.Substance;
import org.continuumcare.scores.Instrument;
import org.continuumcare.shared.ChangedBySomeoneElse;
import org.continuumcare.shared.Conflict;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.shared.WriteConflicts;
import org.continuumcare.site.Site;
import org.continuumcare.site.Sites;
import org.continuumcare.web.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The intake flow inside Payara Micro against the real PostgreSQL: drafts saved at each step and
 * resumed, the admission from a draft with a bed (one transaction with the draft's completion), a
 * bed that cannot be double-booked (by the service and by the database), the variance rule, the
 * withdrawal score on entering WM and the Part 2 consent (both written with the admission, or not
 * at all), who may do intake, and the audit trail of it.
 */
@ExtendWith(ArquillianExtension.class)
class IntakeIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.inContainerWithCallers(IntakeIT.class);
  }

  @EJB IntakeService intake;
  @EJB EpisodeService episodes;
  @EJB BedService beds;
  @EJB Sites sites;
  @EJB Callers.AsIntake asIntake;
  @EJB Callers.AsAdministrator asAdmin;
  @EJB Callers.AsCounselor asCounselor;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;

  private final LocalDate today = LocalDate.now();

  @Test
  void aDraftIsSavedAtEachStepAndResumedAsTyped() throws Exception {
    String family = unique("Petrov");
    IntakeForm form = referral(family, "MAIN");
    IntakeDraft started = asIntake.call(() -> intake.startDraft(new IntakeForm()));
    IntakeDraft saved =
        asIntake.call(
            () ->
                intake.saveStep(
                    started.getId(), started.getVersion(), form, Step.REFERRAL, Step.SUBSTANCES));
    assertEquals(started.getVersion() + 1, saved.getVersion());

    IntakeDraft resumed = asIntake.call(() -> intake.draft(started.getId()));
    assertEquals(Step.SUBSTANCES, resumed.getStep());
    assertEquals(family + ", Noah", resumed.getDisplayName());
    IntakeForm back = resumed.form();
    assertEquals(form.getReferral().getFirstContactOn(), back.getReferral().getFirstContactOn());
    assertEquals(Payer.MEDICAID, back.getReferral().getPayer());
    assertEquals("MCD-1", back.getReferral().getMemberId());
    assertEquals(0, back.getSubstances().getPriorEpisodes());
    assertTrue(
        asIntake.call(() -> intake.openDrafts()).stream()
            .anyMatch(d -> d.getId().equals(started.getId())));
    assertEquals("intake", resumed.getOwner());

    assertThrows(
        ChangedBySomeoneElse.class,
        () ->
            asIntake.call(
                () ->
                    intake.saveStep(
                        started.getId(),
                        started.getVersion(),
                        form,
                        Step.REFERRAL,
                        Step.SUBSTANCES)));
  }

  @Test
  void aStepWithABrokenRuleIsNotSavedAndSaysWhichField() throws Exception {
    IntakeDraft draft = asIntake.call(() -> intake.startDraft(new IntakeForm()));
    IntakeForm form = referral(unique("Lopez"), "MAIN");
    form.getReferral().setFirstContactOn(today.plusDays(2));
    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () ->
                asIntake.call(
                    () ->
                        intake.saveStep(
                            draft.getId(),
                            draft.getVersion(),
                            form,
                            Step.REFERRAL,
                            Step.SUBSTANCES)));
    assertEquals("firstContactOn", refused.field());
    assertEquals(Step.REFERRAL, asIntake.call(() -> intake.draft(draft.getId())).getStep());
  }

  @Test
  void theVarianceReasonIsRequiredWhenThePlacedLevelDiffers() throws Exception {
    IntakeDraft draft = asIntake.call(() -> intake.startDraft(new IntakeForm()));
    IntakeForm form = complete(referral(unique("Haddad"), "MAIN"), LevelOfCare.IOP, null);
    form.getPlacement().setRecommendedLevel(LevelOfCare.RES);
    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () ->
                asIntake.call(
                    () ->
                        intake.saveStep(
                            draft.getId(),
                            draft.getVersion(),
                            form,
                            Step.PLACEMENT,
                            Step.ADMISSION)));
    assertEquals("varianceReason", refused.field());
    assertTrue(refused.getMessage().contains("reason for the variance"), refused.getMessage());

    form.getPlacement().setVarianceReason(VarianceReason.PATIENT_PREFERENCE);
    IntakeDraft saved =
        asIntake.call(
            () ->
                intake.saveStep(
                    draft.getId(), draft.getVersion(), form, Step.PLACEMENT, Step.ADMISSION));
    assertEquals(
        VarianceReason.PATIENT_PREFERENCE, saved.form().getPlacement().getVarianceReason());
  }

  @Test
  void admittingFromADraftPutsThePatientInTheBedAndCompletesTheDraft() throws Exception {
    Site site = newSite();
    List<Bed> detox = newUnit(site, LevelOfCare.WM, 2);
    String family = unique("Okafor");
    IntakeForm form = complete(referral(family, site.getCode()), LevelOfCare.WM, detox.get(0));
    IntakeDraft draft = asIntake.call(() -> intake.startDraft(form));

    Episode episode = asIntake.call(() -> intake.admit(draft.getId(), draft.getVersion(), form));

    Episode stored = asAdmin.call(() -> episodes.open(episode.getId()));
    assertEquals(LevelOfCare.WM, stored.currentLevelOfCare().orElseThrow());
    assertEquals(detox.get(0).getId(), stored.getStays().get(0).getBedId());
    assertEquals(site.getCode(), stored.getStays().get(0).getSite().getCode());
    assertEquals("carl.counselor", stored.getPrimaryCounselor());
    assertEquals(ReferralSource.CRIMINAL_JUSTICE, stored.getReferralSource());
    assertEquals(
        1L,
        count(
            "select count(*) from intake_draft where id = ?1 and completed_at is not null"
                + " and episode_id is not null",
            draft.getId()));
    assertThrows(
        RecordNotFound.class,
        () -> asIntake.call(() -> intake.admit(draft.getId(), null, form)),
        "a completed draft does not admit twice");

    List<BedRow> board = asIntake.call(() -> beds.board(site.getCode()));
    BedRow held =
        board.stream()
            .filter(b -> b.bedId().equals(detox.get(0).getId()))
            .findFirst()
            .orElseThrow();
    assertEquals(BedStatus.OCCUPIED, held.status());
    assertTrue(held.patientName().startsWith(family), held.patientName());
    assertEquals(
        List.of(detox.get(1).getId()),
        asIntake.call(() -> beds.freeBeds(site.getCode(), LevelOfCare.WM)).stream()
            .map(BedRow::bedId)
            .toList());

    // The audit trail names the patient of the admission from the draft, same transaction.
    assertEquals(
        1L,
        count(
            "select count(*) from audit_event where action = 'IntakeService.admit'"
                + " and outcome = 'SUCCESS' and patient_id = ?1",
            episode.getPatient().getId()));
  }

  @Test
  void anOccupiedBedIsRefusedAndNothingIsWritten() throws Exception {
    Site site = newSite();
    List<Bed> residential = newUnit(site, LevelOfCare.RES, 1);
    IntakeForm first =
        complete(referral(unique("First"), site.getCode()), LevelOfCare.RES, residential.get(0));
    IntakeDraft firstDraft = asIntake.call(() -> intake.startDraft(first));
    asIntake.call(() -> intake.admit(firstDraft.getId(), firstDraft.getVersion(), first));

    String family = unique("Second");
    IntakeForm second =
        complete(referral(family, site.getCode()), LevelOfCare.RES, residential.get(0));
    IntakeDraft secondDraft = asIntake.call(() -> intake.startDraft(second));
    Conflict refused =
        assertThrows(
            Conflict.class,
            () ->
                asIntake.call(
                    () -> intake.admit(secondDraft.getId(), secondDraft.getVersion(), second)));
    assertTrue(refused.getMessage().contains("is occupied"), refused.getMessage());
    assertEquals(0L, count("select count(*) from patient where family_name = ?1", family));
    assertNotNull(asIntake.call(() -> intake.draft(secondDraft.getId())), "the draft stays open");
    assertTrue(
        count(
                "select count(*) from audit_event where action = 'IntakeService.admit'"
                    + " and outcome = 'REFUSED' and username = ?1"
                    + " and at > now() - interval '1 minute'",
                "intake")
            >= 1);

    // The database refuses a second open stay in the bed by itself.
    UUID other =
        asIntake
            .call(
                () ->
                    intake.registerAndAdmit(
                        new org.continuumcare.patient.PatientRegistration(
                            "Test",
                            unique("Raw"),
                            LocalDate.of(1990, 1, 1),
                            SexAtBirth.M,
                            Substance.ALCOHOL,
                            site.getCode()),
                        new org.continuumcare.episode.Admission(
                            today, LevelOfCare.RES, ReferralSource.SELF, null, site.getCode())))
            .getId();
    tx.begin();
    try {
      Exception e =
          assertThrows(
              Exception.class,
              () ->
                  em.createNativeQuery(
                          "update stay set bed_id = ?1 where episode_id = ?2 and end_on is null")
                      .setParameter(1, residential.get(0).getId())
                      .setParameter(2, other)
                      .executeUpdate());
      assertTrue(causes(e).contains("stay_bed_no_double_booking"), causes(e));
    } finally {
      tx.rollback();
    }
  }

  @Test
  void aWmAdmissionFromADraftRecordsTheCowsScoreAndTheConsentInTheSameTransaction()
      throws Exception {
    Site site = newSite();
    List<Bed> detox = newUnit(site, LevelOfCare.WM, 1);
    String recipient = unique("Lakeside Medical Group");
    IntakeForm form =
        complete(referral(unique("Moreau"), site.getCode()), LevelOfCare.WM, detox.get(0));
    LocalDateTime takenAt = form.getWithdrawal().getTakenAt();
    signedConsent(form.getConsent(), recipient);

    // Through the steps as the screen goes, then the admission.
    IntakeDraft draft = asIntake.call(() -> intake.startDraft(new IntakeForm()));
    IntakeDraft atConsent = walk(draft, form, Step.PLACEMENT, Step.WITHDRAWAL, Step.CONSENT);
    assertEquals(Step.CONSENT, atConsent.getStep());
    assertEquals(Instrument.COWS, atConsent.form().getWithdrawal().getInstrument());
    assertEquals(form.getWithdrawal().getItems(), atConsent.form().getWithdrawal().getItems());
    IntakeDraft atAdmission = walk(atConsent, form, Step.CONSENT, Step.ADMISSION);
    assertEquals(recipient, atAdmission.form().getConsent().getRecipientName());
    Episode episode =
        asIntake.call(
            () -> intake.admit(atAdmission.getId(), atAdmission.getVersion(), atAdmission.form()));
    UUID patient = episode.getPatient().getId();

    Object[] score =
        row(
            "select instrument, total, severity, episode_id, taken_at, recorded_by, items"
                + " from clinical_score where patient_id = ?1",
            patient);
    assertEquals("COWS", score[0]);
    assertEquals(10, ((Number) score[1]).intValue());
    assertEquals("MILD", score[2]);
    assertEquals(episode.getId(), score[3], "the score belongs to the episode just opened");
    assertEquals(takenAt.atZone(java.time.ZoneId.systemDefault()).toInstant(), instant(score[4]));
    assertEquals("intake", score[5]);
    assertEquals("1,1,1,1,1,1,1,1,1,1,0", score[6]);
    Object[] consent =
        row(
            "select recipient_name, purpose, signed_by, expires_on, recorded_by"
                + " from consent where patient_id = ?1",
            patient);
    assertEquals(recipient, consent[0]);
    assertEquals("TREATMENT", consent[1]);
    assertEquals("Noah Moreau", consent[2]);
    assertEquals("intake", consent[4]);
    assertEquals(1L, count("select count(*) from stay where episode_id = ?1", episode.getId()));

    // Each write passed its own service's access check and audit, committed with the admission.
    for (String action :
        List.of(
            "IntakeService.admit",
            "ScoreService.recordWithdrawalScore",
            "ConsentService.capture")) {
      assertEquals(
          1L,
          count(
              "select count(*) from audit_event where outcome = 'SUCCESS' and patient_id = ?1"
                  + " and action = '"
                  + action
                  + "'",
              patient),
          action);
    }
  }

  @Test
  void aWmPlacementWithoutAScoreIsRefusedAtTheWithdrawalStep() throws Exception {
    IntakeDraft draft = asIntake.call(() -> intake.startDraft(new IntakeForm()));
    IntakeForm form = complete(referral(unique("Nakamura"), "MAIN"), LevelOfCare.WM, null);
    form.getWithdrawal().choose(null);
    IntakeDraft atWithdrawal = walk(draft, form, Step.PLACEMENT, Step.WITHDRAWAL);

    RuleViolation refused = refusedStep(atWithdrawal, form, Step.WITHDRAWAL, Step.CONSENT);
    assertEquals("instrument", refused.field());
    assertTrue(refused.getMessage().contains("COWS"), refused.getMessage());

    form.getWithdrawal().choose(Instrument.COWS);
    form.getWithdrawal().setItems(Arrays.asList(1, 1, 1, null, 1, 1, 1, 1, 1, 1, 0));
    form.getWithdrawal().setTakenAt(LocalDateTime.now().minusMinutes(5));
    refused = refusedStep(atWithdrawal, form, Step.WITHDRAWAL, Step.CONSENT);
    assertEquals("withdrawalItems:3:answer", refused.field());
    assertEquals("COWS item 4 is not answered.", refused.getMessage());

    form.getWithdrawal().getItems().set(3, 2);
    form.getWithdrawal().setTakenAt(LocalDateTime.now().plusHours(1));
    assertEquals(
        "score.takenInFuture",
        refusedStep(atWithdrawal, form, Step.WITHDRAWAL, Step.CONSENT).key());
    assertEquals(Step.WITHDRAWAL, asIntake.call(() -> intake.draft(draft.getId())).getStep());

    // At admission, a score taken more than 24 hours before the admission date is refused there.
    form.getWithdrawal().setTakenAt(today.minusDays(2).atTime(9, 0));
    IntakeDraft atAdmission =
        walk(atWithdrawal, form, Step.WITHDRAWAL, Step.CONSENT, Step.ADMISSION);
    RuleViolation tooEarly =
        assertThrows(
            RuleViolation.class,
            () ->
                asIntake.call(
                    () -> intake.admit(atAdmission.getId(), atAdmission.getVersion(), form)));
    assertEquals("admittedOn", tooEarly.field());
    assertEquals("intake.withdrawalTooEarly", tooEarly.key());
  }

  @Test
  void aConsentMissingAnElementIsRefusedWithItsField() throws Exception {
    IntakeDraft draft = asIntake.call(() -> intake.startDraft(new IntakeForm()));
    IntakeForm form = complete(referral(unique("Ibrahim"), "MAIN"), LevelOfCare.IOP, null);
    form.getConsent().setDecision(null);
    IntakeDraft atConsent = walk(draft, form, Step.PLACEMENT, Step.WITHDRAWAL, Step.CONSENT);
    assertEquals("decision", refusedStep(atConsent, form, Step.CONSENT, Step.ADMISSION).field());

    signedConsent(form.getConsent(), "Lakeside Medical Group");
    form.getConsent().setRecipientName(" ");
    form.getConsent().setRedisclosureStated(false);
    Exception refused =
        assertThrows(
            Exception.class,
            () ->
                asIntake.call(
                    () ->
                        intake.saveStep(
                            atConsent.getId(),
                            atConsent.getVersion(),
                            form,
                            Step.CONSENT,
                            Step.ADMISSION)));
    Map<String, String> fields = violations(refused);
    assertEquals(
        Map.of(
            "recipientName",
            "Name the recipient (42 CFR 2.31(a)(4)).",
            "redisclosureStated",
            "The form must state that a recipient may redisclose (42 CFR 2.31)."),
        fields);

    form.getConsent().setRecipientName("Lakeside Medical Group");
    form.getConsent().setRedisclosureStated(true);
    form.getConsent().setExpiresOn(form.getConsent().getSignedOn());
    RuleViolation expiry = refusedStep(atConsent, form, Step.CONSENT, Step.ADMISSION);
    assertEquals("expiresOn", expiry.field());
    assertEquals("consent.expiresBeforeSigned", expiry.key());
    assertEquals(Step.CONSENT, asIntake.call(() -> intake.draft(draft.getId())).getStep());
  }

  @Test
  void aRefusalAtAdmitLeavesNoPatientEpisodeScoreOrConsentBehind() throws Exception {
    Site site = newSite();
    List<Bed> detox = newUnit(site, LevelOfCare.WM, 2);
    IntakeForm first =
        complete(referral(unique("Early"), site.getCode()), LevelOfCare.WM, detox.get(0));
    IntakeDraft firstDraft = asIntake.call(() -> intake.startDraft(first));
    asIntake.call(() -> intake.admit(firstDraft.getId(), firstDraft.getVersion(), first));
    long scoresBefore = count("select count(*) from clinical_score");
    long episodesBefore = count("select count(*) from episode");

    // The bed is taken: refused after the score and the consent were written, all rolled back.
    String family = unique("Late");
    String recipient = unique("Harbor Health Plan");
    IntakeForm second = complete(referral(family, site.getCode()), LevelOfCare.WM, detox.get(0));
    signedConsent(second.getConsent(), recipient);
    IntakeDraft secondDraft = asIntake.call(() -> intake.startDraft(second));
    Conflict taken =
        assertThrows(
            Conflict.class,
            () ->
                asIntake.call(
                    () -> intake.admit(secondDraft.getId(), secondDraft.getVersion(), second)));
    assertTrue(taken.getMessage().contains("is occupied"), taken.getMessage());
    assertNothingWritten(family, recipient, scoresBefore, episodesBefore);

    // A consent missing an element, sent straight to the admission: refused, nothing written.
    second.getAdmission().setBedId(detox.get(1).getId());
    second.getConsent().setSignedBy(null);
    Exception refused =
        assertThrows(
            Exception.class,
            () ->
                asIntake.call(
                    () -> intake.admit(secondDraft.getId(), secondDraft.getVersion(), second)));
    assertEquals(List.of("signedBy"), List.copyOf(violations(refused).keySet()));
    assertNothingWritten(family, recipient, scoresBefore, episodesBefore);
    assertNotNull(asIntake.call(() -> intake.draft(secondDraft.getId())), "the draft stays open");
  }

  @Test
  void aNonWmPlacementNeedsNoScoreAndADeclinedConsentAdmitsWithoutAConsent() throws Exception {
    Site site = newSite();
    List<Bed> residential = newUnit(site, LevelOfCare.RES, 1);
    IntakeForm form =
        complete(referral(unique("Silva"), site.getCode()), LevelOfCare.RES, residential.get(0));
    // A COWS typed while the placement was WM is dropped once the patient is placed elsewhere.
    form.getWithdrawal().choose(Instrument.COWS);
    form.getWithdrawal().setTakenAt(LocalDateTime.now());
    IntakeDraft draft = asIntake.call(() -> intake.startDraft(new IntakeForm()));
    IntakeDraft atConsent = walk(draft, form, Step.PLACEMENT, Step.WITHDRAWAL, Step.CONSENT);
    assertEquals(null, atConsent.form().getWithdrawal().getInstrument());
    assertEquals(ConsentDecision.NOT_SIGNED, form.getConsent().getDecision());
    IntakeDraft atAdmission = walk(atConsent, atConsent.form(), Step.CONSENT, Step.ADMISSION);

    Episode episode =
        asIntake.call(
            () -> intake.admit(atAdmission.getId(), atAdmission.getVersion(), atAdmission.form()));
    UUID patient = episode.getPatient().getId();
    assertEquals(0L, count("select count(*) from clinical_score where patient_id = ?1", patient));
    assertEquals(0L, count("select count(*) from consent where patient_id = ?1", patient));
    assertEquals(
        1L,
        count(
            "select count(*) from intake_draft where id = ?1 and completed_at is not null",
            draft.getId()));
  }

  @Test
  void aCounselorCannotDoIntake() throws Exception {
    assertThrows(
        EJBAccessException.class,
        () -> asCounselor.call(() -> intake.startDraft(new IntakeForm())));
    assertThrows(EJBAccessException.class, () -> asCounselor.call(() -> intake.openDrafts()));
    IntakeDraft draft = asIntake.call(() -> intake.startDraft(new IntakeForm()));
    assertThrows(
        EJBAccessException.class,
        () -> asCounselor.call(() -> intake.admit(draft.getId(), null, new IntakeForm())));
    assertEquals(0L, count("select count(*) from intake_draft where owner = ?1", "counselor"));
    assertEquals(Step.REFERRAL, asIntake.call(() -> intake.draft(draft.getId())).getStep());
  }

  @Test
  void anAdministratorSetsUpAUnitWhoseBedsTheBoardAndTheAdmissionOffer() throws Exception {
    Site site = newSite();
    BedUnit unit =
        asAdmin.call(() -> beds.addUnit(site.getCode(), " Residential North ", LevelOfCare.RES));
    assertEquals("Residential North", unit.getName());
    List<Bed> added = asAdmin.call(() -> beds.addBeds(unit.getId(), new BedSeries("N", 1, 3)));
    assertEquals(List.of("N1", "N2", "N3"), added.stream().map(Bed::getLabel).toList());
    asAdmin.call(() -> beds.addBeds(unit.getId(), new BedSeries("Window", null, 1)));

    BedUnit renamed =
        asAdmin.call(() -> beds.renameUnit(unit.getId(), "North house", unit.getVersion()));
    Bed relabelled =
        asAdmin.call(() -> beds.renameBed(added.get(2).getId(), "N3a", added.get(2).getVersion()));
    assertEquals("N3a", relabelled.getLabel());

    List<UnitRow> units = asAdmin.call(() -> beds.units(site.getCode()));
    assertEquals(1, units.size());
    assertEquals("North house", units.get(0).name());
    assertEquals(renamed.getVersion(), units.get(0).version());
    assertEquals(
        List.of("N1", "N2", "N3a", "Window"),
        units.get(0).beds().stream().map(BedRow::label).toList());
    assertEquals(
        List.of("N1", "N2", "N3a", "Window"),
        asIntake.call(() -> beds.freeBeds(site.getCode(), LevelOfCare.RES)).stream()
            .map(BedRow::label)
            .toList());
    assertTrue(asIntake.call(() -> beds.freeBeds(site.getCode(), LevelOfCare.WM)).isEmpty());

    // An admission takes one of the new beds.
    IntakeForm form =
        complete(referral(unique("Mbeki"), site.getCode()), LevelOfCare.RES, added.get(0));
    IntakeDraft draft = asIntake.call(() -> intake.startDraft(form));
    Episode episode = asIntake.call(() -> intake.admit(draft.getId(), draft.getVersion(), form));
    assertEquals(
        added.get(0).getId(),
        asAdmin.call(() -> episodes.open(episode.getId())).getStays().get(0).getBedId());

    // Only 24-hour levels have units; every change is in the audit trail.
    RuleViolation outpatient =
        assertThrows(
            RuleViolation.class,
            () -> asAdmin.call(() -> beds.addUnit(site.getCode(), "Day program", LevelOfCare.IOP)));
    assertEquals("levelOfCare", outpatient.field());
    for (String action :
        List.of(
            "BedService.addUnit",
            "BedService.addBeds",
            "BedService.renameUnit",
            "BedService.renameBed")) {
      assertTrue(
          count(
                  "select count(*) from audit_event where action = ?1 and outcome = 'SUCCESS'"
                      + " and username = 'administrator' and at > now() - interval '1 minute'",
                  action)
              >= 1,
          action);
    }
  }

  @Test
  void duplicateUnitNamesAndBedLabelsAreRefusedOnTheirFieldAndNothingIsAdded() throws Exception {
    Site site = newSite();
    BedUnit unit = asAdmin.call(() -> beds.addUnit(site.getCode(), "Detox", LevelOfCare.WM));
    BedUnit other = asAdmin.call(() -> beds.addUnit(site.getCode(), "Detox annex", LevelOfCare.WM));
    asAdmin.call(() -> beds.addBeds(unit.getId(), new BedSeries("D", 1, 2)));

    RuleViolation name =
        assertThrows(
            RuleViolation.class,
            () -> asAdmin.call(() -> beds.addUnit(site.getCode(), "detox", LevelOfCare.RES)));
    assertEquals("name", name.field());
    assertTrue(name.getMessage().contains("already has a unit named"), name.getMessage());
    assertEquals(
        "name",
        assertThrows(
                RuleViolation.class,
                () ->
                    asAdmin.call(() -> beds.renameUnit(other.getId(), "DETOX", other.getVersion())))
            .field());

    // D2 exists: none of D2, D3, D4 is added.
    RuleViolation label =
        assertThrows(
            RuleViolation.class,
            () -> asAdmin.call(() -> beds.addBeds(unit.getId(), new BedSeries("D", 2, 3))));
    assertEquals("label", label.field());
    assertTrue(label.getMessage().contains("already has a bed D2"), label.getMessage());
    assertEquals(2L, count("select count(*) from bed where unit_id = ?1", unit.getId()));
    Bed d1 = asAdmin.call(() -> beds.addBeds(other.getId(), new BedSeries("D1", null, 1))).get(0);
    assertEquals("D1", d1.getLabel(), "the same label in another unit is fine");
    assertEquals(
        "label",
        assertThrows(
                RuleViolation.class,
                () -> asAdmin.call(() -> beds.addBeds(other.getId(), new BedSeries("d1", null, 1))))
            .field());

    // The database refuses what slips past, translated to the same field.
    tx.begin();
    try {
      jakarta.persistence.PersistenceException e =
          assertThrows(
              jakarta.persistence.PersistenceException.class,
              () ->
                  em.createNativeQuery(
                          "insert into bed (id, unit_id, label) values (gen_random_uuid(), ?1, 'd2')")
                      .setParameter(1, unit.getId())
                      .executeUpdate());
      RuntimeException translated = WriteConflicts.translate(e);
      assertTrue(translated instanceof RuleViolation, causes(e));
      assertEquals("label", ((RuleViolation) translated).field());
    } finally {
      tx.rollback();
    }
    tx.begin();
    try {
      jakarta.persistence.PersistenceException e =
          assertThrows(
              jakarta.persistence.PersistenceException.class,
              () ->
                  em.createNativeQuery(
                          "insert into bed_unit (id, site_id, name, level_of_care)"
                              + " values (gen_random_uuid(), ?1, 'DETOX', 'WM')")
                      .setParameter(1, site.getId())
                      .executeUpdate());
      RuntimeException translated = WriteConflicts.translate(e);
      assertTrue(translated instanceof RuleViolation, causes(e));
      assertEquals("name", ((RuleViolation) translated).field());
    } finally {
      tx.rollback();
    }
  }

  @Test
  void anOccupiedBedOrItsUnitCannotBeRetiredAndARetiredBedIsNoLongerOffered() throws Exception {
    Site site = newSite();
    BedUnit unit = asAdmin.call(() -> beds.addUnit(site.getCode(), "Residential", LevelOfCare.RES));
    List<Bed> made = asAdmin.call(() -> beds.addBeds(unit.getId(), new BedSeries("R", 1, 3)));
    IntakeForm form =
        complete(referral(unique("Lindqvist"), site.getCode()), LevelOfCare.RES, made.get(0));
    IntakeDraft draft = asIntake.call(() -> intake.startDraft(form));
    asIntake.call(() -> intake.admit(draft.getId(), draft.getVersion(), form));

    Conflict bed =
        assertThrows(
            Conflict.class,
            () ->
                asAdmin.call(() -> beds.retireBed(made.get(0).getId(), made.get(0).getVersion())));
    assertTrue(bed.getMessage().contains("Bed R1 is occupied"), bed.getMessage());
    Conflict whole =
        assertThrows(
            Conflict.class,
            () -> asAdmin.call(() -> beds.retireUnit(unit.getId(), unit.getVersion())));
    assertTrue(whole.getMessage().contains("bed R1 is occupied"), whole.getMessage());
    assertEquals(
        0L,
        count(
            "select count(*) from bed where unit_id = ?1 and retired_at is not null", unit.getId()),
        "no bed of the unit was retired");

    asAdmin.call(() -> beds.retireBed(made.get(1).getId(), made.get(1).getVersion()));
    assertEquals(
        List.of("R3"),
        asIntake.call(() -> beds.freeBeds(site.getCode(), LevelOfCare.RES)).stream()
            .map(BedRow::label)
            .toList());
    assertEquals(
        List.of("R1", "R3"),
        asIntake.call(() -> beds.board(site.getCode())).stream().map(BedRow::label).toList());
    RuleViolation retired =
        assertThrows(
            RuleViolation.class,
            () ->
                asIntake.call(
                    () ->
                        beds.assignable(
                            made.get(1).getId(),
                            em.find(Site.class, site.getId()),
                            LevelOfCare.RES)));
    assertEquals("bed.retired", retired.key());
    assertEquals("bedId", retired.field());
    assertEquals(
        1L,
        count(
            "select count(*) from bed where id = ?1 and retired_at is not null",
            made.get(1).getId()),
        "a retired bed stays in the records");
    // Its label is free again for a new bed.
    assertEquals(
        "R2",
        asAdmin
            .call(() -> beds.addBeds(unit.getId(), new BedSeries("R2", null, 1)))
            .get(0)
            .getLabel());
    assertTrue(
        count(
                "select count(*) from audit_event where action = 'BedService.retireBed'"
                    + " and outcome = 'SUCCESS' and at > now() - interval '1 minute'"
                    + " and username = ?1",
                "administrator")
            >= 1);
  }

  @Test
  void aRetiredUnitTakesItsFreeBedsOffTheBoard() throws Exception {
    Site site = newSite();
    BedUnit unit = asAdmin.call(() -> beds.addUnit(site.getCode(), "Old wing", LevelOfCare.WM));
    asAdmin.call(() -> beds.addBeds(unit.getId(), new BedSeries("O", 1, 2)));
    asAdmin.call(() -> beds.retireUnit(unit.getId(), unit.getVersion()));
    assertTrue(asAdmin.call(() -> beds.units(site.getCode())).isEmpty());
    assertTrue(asIntake.call(() -> beds.board(site.getCode())).isEmpty());
    assertEquals(
        2L,
        count(
            "select count(*) from bed where unit_id = ?1 and retired_at is not null",
            unit.getId()));
    assertEquals(
        "bed.unitRetired",
        assertThrows(
                RuleViolation.class,
                () -> asAdmin.call(() -> beds.addBeds(unit.getId(), new BedSeries("O", 3, 1))))
            .key());
    // Its name can be given to a new unit.
    asAdmin.call(() -> beds.addUnit(site.getCode(), "Old wing", LevelOfCare.RES));
  }

  @Test
  void aChangeAgainstAStaleVersionIsRefusedAndLosesNoUpdate() throws Exception {
    Site site = newSite();
    BedUnit unit = asAdmin.call(() -> beds.addUnit(site.getCode(), "Detox", LevelOfCare.WM));
    Bed bed = asAdmin.call(() -> beds.addBeds(unit.getId(), new BedSeries("D", 1, 1))).get(0);

    asAdmin.call(() -> beds.renameUnit(unit.getId(), "Detox East", unit.getVersion()));
    assertThrows(
        ChangedBySomeoneElse.class,
        () -> asAdmin.call(() -> beds.renameUnit(unit.getId(), "Detox West", unit.getVersion())));
    assertThrows(
        ChangedBySomeoneElse.class,
        () -> asAdmin.call(() -> beds.retireUnit(unit.getId(), unit.getVersion())));

    asIntake.call(() -> beds.setOutOfService(bed.getId(), true, bed.getVersion()));
    assertThrows(
        ChangedBySomeoneElse.class,
        () -> asAdmin.call(() -> beds.renameBed(bed.getId(), "D9", bed.getVersion())));
    assertThrows(
        ChangedBySomeoneElse.class,
        () -> asAdmin.call(() -> beds.retireBed(bed.getId(), bed.getVersion())));

    UnitRow row = asAdmin.call(() -> beds.units(site.getCode())).get(0);
    assertEquals("Detox East", row.name());
    assertEquals("D1", row.beds().get(0).label());
    assertEquals(BedStatus.OUT_OF_SERVICE, row.beds().get(0).status());
  }

  @Test
  void onlyAnAdministratorSetsUpUnitsAndBeds() throws Exception {
    Site site = newSite();
    BedUnit unit = asAdmin.call(() -> beds.addUnit(site.getCode(), "Detox", LevelOfCare.WM));
    Bed bed = asAdmin.call(() -> beds.addBeds(unit.getId(), new BedSeries("D", 1, 1))).get(0);
    assertThrows(
        EJBAccessException.class,
        () -> asIntake.call(() -> beds.addUnit(site.getCode(), "Mine", LevelOfCare.WM)));
    assertThrows(
        EJBAccessException.class,
        () -> asIntake.call(() -> beds.addBeds(unit.getId(), new BedSeries("X", 1, 2))));
    assertThrows(
        EJBAccessException.class,
        () -> asCounselor.call(() -> beds.renameUnit(unit.getId(), "Mine", unit.getVersion())));
    assertThrows(
        EJBAccessException.class,
        () -> asIntake.call(() -> beds.renameBed(bed.getId(), "X", bed.getVersion())));
    assertThrows(
        EJBAccessException.class,
        () -> asIntake.call(() -> beds.retireBed(bed.getId(), bed.getVersion())));
    assertThrows(
        EJBAccessException.class,
        () -> asCounselor.call(() -> beds.retireUnit(unit.getId(), unit.getVersion())));
    assertThrows(EJBAccessException.class, () -> asIntake.call(() -> beds.units(site.getCode())));
    UnitRow row = asAdmin.call(() -> beds.units(site.getCode())).get(0);
    assertEquals("Detox", row.name());
    assertEquals(List.of("D1"), row.beds().stream().map(BedRow::label).toList());
  }

  private IntakeForm referral(String family, String siteCode) {
    IntakeForm form = new IntakeForm();
    var r = form.getReferral();
    r.setReferralSource(ReferralSource.CRIMINAL_JUSTICE);
    r.setFirstContactOn(today.minusDays(5));
    r.setGivenName("Noah");
    r.setFamilyName(family);
    r.setBirthDate(LocalDate.of(1993, 8, 21));
    r.setSexAtBirth(SexAtBirth.M);
    r.setHomeSiteCode(siteCode);
    r.setPayer(Payer.MEDICAID);
    r.setMemberId("MCD-1");
    r.setEmergencyContactName("Irina Petrova");
    r.setEmergencyContactPhone("+1 555 0142");
    return form;
  }

  private IntakeForm complete(IntakeForm form, LevelOfCare level, Bed bed) {
    form.getSubstances()
        .setPrimary(new SubstanceUse(Substance.FENTANYL, Route.SMOKING, Frequency.DAILY, 22));
    form.getSubstances().setCoOccurringMentalHealth(true);
    form.getPlacement().getDimensions().forEach(d -> d.setRating(2));
    form.getPlacement().setRecommendedLevel(level);
    form.getPlacement().setPlacedLevel(level);
    form.getAdmission().setAdmittedOn(today);
    form.getAdmission().setSiteCode(form.getReferral().getHomeSiteCode());
    form.getAdmission().setPrimaryCounselor("carl.counselor");
    form.getAdmission().setBedId(bed == null ? null : bed.getId());
    if (level == LevelOfCare.WM) {
      // COWS: 1 on each item but gooseflesh (0) = 10, mild.
      form.getWithdrawal().choose(Instrument.COWS);
      form.getWithdrawal().setItems(Arrays.asList(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0));
      form.getWithdrawal()
          .setTakenAt(LocalDateTime.now().minusMinutes(30).truncatedTo(ChronoUnit.MINUTES));
    }
    form.getConsent().setDecision(ConsentDecision.NOT_SIGNED);
    return form;
  }

  private void signedConsent(IntakeConsent c, String recipient) {
    c.setDecision(ConsentDecision.CAPTURED);
    c.setDiscloser("Continuum Recovery Center");
    c.setInformation("Diagnosis, attendance and MAT");
    c.setRecipientKind(RecipientKind.PROVIDER);
    c.setRecipientName(recipient);
    c.setPurpose(Purpose.TREATMENT);
    c.setPurposeDetail("Coordination with the primary care physician");
    c.setRevocationRightStated(true);
    c.setRedisclosureStated(true);
    c.setRefusalConsequencesStated(true);
    c.setExpiresOn(today.plusYears(1));
    c.setSignedBy("Noah Moreau");
    c.setSignerRelation(SignerRelation.PATIENT);
    c.setSignedOn(today);
  }

  /** Saves the steps in order from {@code steps[0]}; the draft as it stands after the last. */
  private IntakeDraft walk(IntakeDraft draft, IntakeForm form, Step... steps) throws Exception {
    IntakeDraft at = draft;
    for (int i = 0; i + 1 < steps.length; i++) {
      IntakeDraft current = at;
      Step from = steps[i];
      Step to = steps[i + 1];
      at =
          asIntake.call(
              () -> intake.saveStep(current.getId(), current.getVersion(), form, from, to));
    }
    return at;
  }

  private RuleViolation refusedStep(IntakeDraft draft, IntakeForm form, Step from, Step to) {
    return assertThrows(
        RuleViolation.class,
        () ->
            asIntake.call(
                () -> intake.saveStep(draft.getId(), draft.getVersion(), form, from, to)));
  }

  private void assertNothingWritten(
      String family, String recipient, long scoresBefore, long episodesBefore) throws Exception {
    assertEquals(0L, count("select count(*) from patient where family_name = ?1", family));
    assertEquals(episodesBefore, count("select count(*) from episode"));
    assertEquals(scoresBefore, count("select count(*) from clinical_score"));
    assertEquals(0L, count("select count(*) from consent where recipient_name = ?1", recipient));
  }

  private Object[] row(String sql, Object parameter) throws Exception {
    tx.begin();
    try {
      return (Object[]) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult();
    } finally {
      tx.commit();
    }
  }

  private static java.time.Instant instant(Object value) {
    return value instanceof java.sql.Timestamp t
        ? t.toInstant()
        : value instanceof java.time.OffsetDateTime o ? o.toInstant() : (java.time.Instant) value;
  }

  /** The fields of a refused call's bean validation, with their messages. */
  private static Map<String, String> violations(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ConstraintViolationException cve) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
          String field = null;
          for (jakarta.validation.Path.Node node : v.getPropertyPath()) {
            field = node.getName();
          }
          fields.put(field, v.getMessage());
        }
        return fields;
      }
    }
    throw new AssertionError("not a validation failure: " + thrown, thrown);
  }

  private Site newSite() throws Exception {
    String code = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    return asAdmin.call(() -> sites.create(code, "Test " + code));
  }

  private List<Bed> newUnit(Site site, LevelOfCare level, int count) throws Exception {
    tx.begin();
    try {
      BedUnit unit = new BedUnit(em.find(Site.class, site.getId()), "Unit " + level, level);
      em.persist(unit);
      List<Bed> made = new java.util.ArrayList<>();
      for (int i = 1; i <= count; i++) {
        Bed bed = new Bed(unit, "B" + i);
        em.persist(bed);
        made.add(bed);
      }
      return made;
    } finally {
      tx.commit();
    }
  }

  private long count(String sql) throws Exception {
    tx.begin();
    try {
      return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    } finally {
      tx.commit();
    }
  }

  private long count(String sql, Object parameter) throws Exception {
    tx.begin();
    try {
      return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult())
          .longValue();
    } finally {
      tx.commit();
    }
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String causes(Throwable t) {
    StringBuilder all = new StringBuilder();
    for (; t != null; t = t.getCause()) {
      all.append(t).append('\n');
    }
    return all.toString();
  }
}
