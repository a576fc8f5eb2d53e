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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.continuumcare.bedboard.Bed;
import org.continuumcare.bedboard.BedRow;
import org.continuumcare.bedboard.BedService;
import org.continuumcare.bedboard.BedStatus;
import org.continuumcare.bedboard.BedUnit;
import org.continuumcare.episode.Episode;
import org.continuumcare.episode.EpisodeService;
import org.continuumcare.episode.ReferralSource;
import org.continuumcare.intake.Frequency;
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
import org.continuumcare.shared.ChangedBySomeoneElse;
import org.continuumcare.shared.Conflict;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.RuleViolation;
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
 * bed that cannot be double-booked (by the service and by the database), the variance rule, who may
 * do intake, and the audit trail of it.
 */
@ExtendWith(ArquillianExtension.class)
class IntakeIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.inContainer()
        .addPackage(IntakeIT.class.getPackage())
        .addAsWebInfResource("in-container/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
        .addAsWebInfResource("in-container/glassfish-web.xml", "glassfish-web.xml");
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
    return form;
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
