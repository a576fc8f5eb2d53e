package org.continuumcare.shared;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.continuumcare.aftercare.AftercarePlan;
import org.continuumcare.aftercare.FollowUp;
import org.continuumcare.aftercare.FollowUpOutcome;
import org.continuumcare.aftercare.NewReferral;
import org.continuumcare.aftercare.ReferralKind;
import org.continuumcare.bedboard.Bed;
import org.continuumcare.bedboard.BedUnit;
import org.continuumcare.consent.Consent;
import org.continuumcare.consent.Disclosure;
import org.continuumcare.consent.NewConsent;
import org.continuumcare.consent.Purpose;
import org.continuumcare.consent.RecipientKind;
import org.continuumcare.consent.SignerRelation;
import org.continuumcare.drugscreen.Analyte;
import org.continuumcare.drugscreen.AnalyteResult;
import org.continuumcare.drugscreen.DrugScreen;
import org.continuumcare.drugscreen.NewDrugScreen;
import org.continuumcare.drugscreen.Specimen;
import org.continuumcare.episode.DischargeReason;
import org.continuumcare.episode.Episode;
import org.continuumcare.episode.EpisodeEvent;
import org.continuumcare.episode.EpisodeSpan;
import org.continuumcare.episode.ReferralSource;
import org.continuumcare.episode.TransitionReason;
import org.continuumcare.intake.Dimension;
import org.continuumcare.intake.Frequency;
import org.continuumcare.intake.IntakeDraft;
import org.continuumcare.intake.IntakeForm;
import org.continuumcare.intake.Payer;
import org.continuumcare.intake.Route;
import org.continuumcare.intake.Step;
import org.continuumcare.intake.SubstanceUse;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.mat.AdministrationStatus;
import org.continuumcare.mat.MatOrder;
import org.continuumcare.mat.Medication;
import org.continuumcare.mat.Phase;
import org.continuumcare.mat.StopReason;
import org.continuumcare.note.Attendance;
import org.continuumcare.note.GroupSession;
import org.continuumcare.note.NewNote;
import org.continuumcare.note.ProgressNote;
import org.continuumcare.note.SessionType;
import org.continuumcare.patient.Patient;
import org.continuumcare.patient.SexAtBirth;
import org.continuumcare.patient.Substance;
import org.continuumcare.plan.AsamDimension;
import org.continuumcare.plan.NewObjective;
import org.continuumcare.plan.NewProblem;
import org.continuumcare.plan.TreatmentPlan;
import org.continuumcare.recovery.Fellowship;
import org.continuumcare.recovery.Meeting;
import org.continuumcare.recovery.ProfileChange;
import org.continuumcare.recovery.RecoveryProfile;
import org.continuumcare.scores.BandSetting;
import org.continuumcare.scores.ClinicalScore;
import org.continuumcare.scores.Instrument;
import org.continuumcare.scores.SafetyCheck;
import org.continuumcare.scores.SafetyFlag;
import org.continuumcare.site.Site;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo data set of {@code ./continuum run} (never in production): patients at every level of
 * care on the demo counselors' caseloads, with real journeys through the continuum (step-downs, a
 * step-up, a discharge with follow-ups due, a readmission), dated relative to today. Loaded once,
 * into an empty database, when {@code continuum.demo-data=true} ({@code CONTINUUM_DEMO_DATA}). The
 * work-list job then finds every kind of due work in it: for carl.counselor a follow-up, a plan
 * review, a safety check, an expiring consent (Nguyen) and a 90-day milestone (Tanaka); for the
 * nurses overdue withdrawal reassessments (Reyes, Okafor in WM). Built with the domain's own verbs,
 * so it obeys every rule the screens do.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  private static final String LOADER = "demo-data";

  @PersistenceContext private EntityManager em;
  @Inject private Today today;
  @EJB private BandSetting bands;

  @Inject
  @ConfigProperty(name = "continuum.demo-data", defaultValue = "false")
  private boolean enabled;

  private LocalDate now;

  @PostConstruct
  void load() {
    if (!enabled
        || em.createQuery("select count(p) from Patient p", Long.class).getSingleResult() > 0) {
      return;
    }
    now = today.in(null);
    Site main =
        em.createQuery("select s from Site s where s.code = :c", Site.class)
            .setParameter("c", Site.DEFAULT_CODE)
            .getSingleResult();
    Site east = new Site("EAST", "East Campus");
    em.persist(east);
    List<Bed> mainDetox = beds(main, "Detox unit", LevelOfCare.WM, "D", 6);
    List<Bed> mainResidential = beds(main, "Residential North", LevelOfCare.RES, "N", 8);
    beds(east, "East detox", LevelOfCare.WM, "W", 4);
    List<Bed> eastResidential = beds(east, "East residential", LevelOfCare.RES, "E", 6);
    mainDetox.get(5).setOutOfService(true, false);
    em.flush();

    patient("Ana", "Reyes", 1990, SexAtBirth.F, Substance.HEROIN, main)
        .admit(LevelOfCare.WM, 2, "carl.counselor")
        .score(Instrument.COWS, 44, "nina.nurse", 2, 2, 3, 2, 2, 2, 2, 1, 1, 1, 0)
        .score(Instrument.COWS, 38, "nina.nurse", 2, 2, 1, 2, 2, 2, 2, 1, 1, 1, 0)
        .score(Instrument.COWS, 32, "nina.nurse", 1, 2, 1, 2, 2, 1, 1, 1, 1, 1, 0)
        .score(Instrument.COWS, 26, "nina.nurse", 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 0)
        .score(Instrument.COWS, 20, "nina.nurse", 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0)
        .score(Instrument.COWS, 14, "nina.nurse", 1, 1, 0, 1, 1, 1, 1, 0, 0, 1, 0)
        .score(Instrument.COWS, 5, "nina.nurse", 0, 1, 0, 1, 1, 0, 0, 0, 0, 1, 0)
        .bed(mainDetox.get(0));
    patient("Ben", "Okafor", 1984, SexAtBirth.M, Substance.FENTANYL, main)
        .admit(LevelOfCare.WM, 1, "cora.counselor")
        .bed(mainDetox.get(1));
    patient("Chloe", "Martin", 1995, SexAtBirth.F, Substance.ALCOHOL, main)
        .admit(LevelOfCare.WM, 18, "carl.counselor")
        .score(Instrument.CIWA_AR, 426, "nina.nurse", 2, 2, 2, 2, 2, 0, 0, 0, 2, 2)
        .score(Instrument.CIWA_AR, 400, "nina.nurse", 2, 2, 1, 2, 1, 0, 0, 0, 2, 1)
        .score(Instrument.CIWA_AR, 370, "nina.nurse", 1, 1, 1, 2, 1, 0, 0, 0, 1, 1)
        .score(Instrument.CIWA_AR, 340, "nina.nurse", 1, 1, 1, 1, 1, 0, 0, 0, 1, 0)
        .move(LevelOfCare.RES, 12, "CIWA-Ar 6, withdrawal resolved")
        .bed(mainResidential.get(0));
    patient("Dmitri", "Volkov", 1979, SexAtBirth.M, Substance.OTHER_OPIOID, east)
        .admit(LevelOfCare.WM, 26, "cora.counselor")
        .mat(Medication.BUPRENORPHINE, 24, "12")
        .phase(Phase.STABILIZATION, 17)
        .move(LevelOfCare.RES, 20, "COWS 4, started buprenorphine")
        .screen(25, "FENTANYL+", "BUPRENORPHINE-", "COCAINE-")
        .screen(14, "BUPRENORPHINE+", "NORBUPRENORPHINE+", "FENTANYL-")
        .screen(3, "BUPRENORPHINE+", "NORBUPRENORPHINE-", "FENTANYL-")
        .bed(eastResidential.get(2));
    patient("Esther", "Nguyen", 1988, SexAtBirth.F, Substance.METHAMPHETAMINE, main)
        .admit(LevelOfCare.RES, 40, "carl.counselor")
        .score(Instrument.PHQ9, 40 * 24 - 4, "carl.counselor", 2, 3, 2, 2, 1, 2, 2, 1, 0)
        .score(Instrument.GAD7, 40 * 24 - 4, "carl.counselor", 2, 2, 3, 2, 1, 2, 1)
        .move(LevelOfCare.PHP, 9, "Residential goals met")
        .score(Instrument.PHQ9, 3, "carl.counselor", 2, 2, 1, 2, 1, 2, 1, 1, 1)
        .score(Instrument.GAD7, 3, "carl.counselor", 2, 2, 2, 1, 1, 2, 1)
        .consent(
            RecipientKind.PROVIDER,
            "Dr. Lucia Ramos, outpatient psychiatry",
            Purpose.CARE_COORDINATION,
            "Coordinate the psychiatric evaluation and antidepressant treatment",
            35,
            now.plusDays(9));
    patient("Farid", "Haddad", 1992, SexAtBirth.M, Substance.COCAINE, east)
        .admit(LevelOfCare.IOP, 30, "cora.counselor");
    patient("Grace", "O'Neill", 1986, SexAtBirth.F, Substance.FENTANYL, main)
        .admit(LevelOfCare.WM, 80, "carl.counselor")
        .prescriber("pia.prescriber")
        .mat(Medication.BUPRENORPHINE, 79, "8")
        .dose("16", 77, "COWS 9 four hours after 8 mg")
        .phase(Phase.STABILIZATION, 72)
        .phase(Phase.MAINTENANCE, 50)
        .move(LevelOfCare.RES, 75, "COWS 3 on buprenorphine")
        .move(LevelOfCare.IOP, 45, "Stable, housing arranged")
        .screen(60, "BUPRENORPHINE+", "NORBUPRENORPHINE+", "FENTANYL-", "COCAINE-")
        .screen(30, "BUPRENORPHINE+", "NORBUPRENORPHINE+", "FENTANYL-", "COCAINE-")
        .screen(6, "BUPRENORPHINE+", "NORBUPRENORPHINE+", "FENTANYL+", "THC-")
        .recovery(70, 4, "Tuesday Night NA", 40)
        .meeting(40, Fellowship.NA, "Tuesday Night NA")
        .meeting(33, Fellowship.NA, "Tuesday Night NA")
        .meeting(26, Fellowship.NA, "Tuesday Night NA")
        .meeting(19, Fellowship.SMART, "online")
        .meeting(12, Fellowship.NA, "Tuesday Night NA")
        .meeting(5, Fellowship.NA, "Tuesday Night NA")
        .relapse(6, "Used fentanyl once at a party; called sponsor the same night.")
        .consent(
            RecipientKind.PAYER,
            "Blue Valley Health Plan",
            Purpose.PAYMENT,
            "Authorization and payment of claims for this episode",
            78,
            now.plusDays(200))
        .disclosed("Face sheet: admission, levels of care, MAT status", 40)
        .consent(
            RecipientKind.PROVIDER,
            "Riverside Opioid Treatment Program",
            Purpose.CARE_COORDINATION,
            "Coordinate buprenorphine dosing with the OTP",
            76,
            now.plusDays(300))
        .revoked("Patient's letter: no longer attends the OTP")
        .consent(
            RecipientKind.FAMILY,
            "Sam O'Neill (brother)",
            Purpose.PATIENT_REQUEST,
            "At the patient's request: attendance during residential care",
            74,
            now.minusDays(10));
    patient("Hugo", "Lindqvist", 1975, SexAtBirth.M, Substance.ALCOHOL, main)
        .admit(LevelOfCare.OP, 70, "cora.counselor");
    patient("Inés", "Castillo", 1999, SexAtBirth.F, Substance.HEROIN, east)
        .admit(LevelOfCare.RES, 130, "carl.counselor")
        .prescriber("pia.prescriber")
        .mat(Medication.METHADONE, 128, "30")
        .dose("40", 124, "Withdrawal symptoms in the afternoon")
        .dose("60", 116, "Cravings, using on top")
        .dose("70", 30, "Cravings returned after the move to outpatient")
        .phase(Phase.MAINTENANCE, 100)
        .dosing(21, 9)
        .move(LevelOfCare.PHP, 110, "Residential completed")
        .move(LevelOfCare.IOP, 95, "Attending all groups")
        .move(LevelOfCare.OP, 60, "Working, sober network")
        .screen(90, "METHADONE+", "EDDP+", "OPIATES-", "FENTANYL-")
        .screen(45, "METHADONE+", "EDDP+", "OPIATES-", "FENTANYL-")
        .screen(10, "METHADONE-", "EDDP-", "OPIATES-", "FENTANYL-")
        .recovery(128, 7, "Clean and Serene HA", 100)
        .meeting(21, Fellowship.HA, null)
        .meeting(14, Fellowship.HA, null)
        .meeting(7, Fellowship.NA, null);
    patient("Jamal", "Brooks", 1982, SexAtBirth.M, Substance.BENZODIAZEPINE, main)
        .admit(LevelOfCare.OP, 200, "cora.counselor")
        .move(LevelOfCare.AC, 120, "Outpatient completed")
        .screen(150, "BENZODIAZEPINES+", "ALCOHOL-")
        .screen(100, "BENZODIAZEPINES-", "ALCOHOL-")
        .recovery(190, 9, "Friday Big Book AA", 150)
        .meeting(9, Fellowship.AA, "Friday Big Book")
        .meeting(2, Fellowship.AA, "Friday Big Book");
    patient("Kai", "Tanaka", 1997, SexAtBirth.X, Substance.CANNABIS, main)
        .admit(LevelOfCare.IOP, 150, "carl.counselor")
        .move(LevelOfCare.RES, 140, "Relapse, needs 24-hour structure", TransitionReason.STEP_UP)
        .move(LevelOfCare.AC, 100, "Residential completed; aftercare")
        .recovery(87, 3, "Wednesday SMART Recovery", -1);
    patient("Lena", "Fischer", 1991, SexAtBirth.F, Substance.HEROIN, main)
        .admit(LevelOfCare.RES, 150, "carl.counselor")
        .move(LevelOfCare.OP, 100, "Residential completed")
        .discharge(DischargeReason.COMPLETED, 35);
    patient("Marco", "Rossi", 1983, SexAtBirth.M, Substance.FENTANYL, main)
        .admit(LevelOfCare.WM, 200, "cora.counselor")
        .mat(Medication.BUPRENORPHINE, 199, "8")
        .stopMat(196, StopReason.LOST_TO_FOLLOW_UP)
        .discharge(DischargeReason.LEFT_AGAINST_ADVICE, 196)
        .admit(LevelOfCare.RES, 60, "cora.counselor")
        .prescriber("pia.prescriber")
        .mat(Medication.BUPRENORPHINE_XR, 55, "300")
        .phase(Phase.MAINTENANCE, 27)
        .injection(55, "Abdomen, left")
        .injection(27, "Abdomen, right")
        .move(LevelOfCare.IOP, 30, "Second attempt going well")
        .screen(40, "FENTANYL-", "OPIATES-", "COCAINE+")
        .screen(8, "FENTANYL-", "OPIATES-", "COCAINE-")
        .recovery(50, 2, null, -1)
        .meeting(4, Fellowship.NA, null);
    clinicalRecord();
    openIntakeDraft();
    LOG.info(() -> "Demo data loaded as of " + now);
  }

  /**
   * The clinical record around the episodes (treatment plan, progress notes, a group session, an
   * aftercare plan with follow-up outcomes), for patients on carl.counselor's caseload.
   */
  private void clinicalRecord() {
    em.flush();
    Episode esther = latestEpisodeOf("Nguyen");
    TreatmentPlan plan =
        TreatmentPlan.write(
            esther.getId(),
            esther.getPatient().getId(),
            now.minusDays(38),
            esther.getAdmittedOn(),
            "carl.counselor",
            now);
    plan.addProblem(
        new NewProblem(
            AsamDimension.RELAPSE_CONTINUED_USE,
            "Daily methamphetamine use for 3 years; cravings when alone in the evening",
            "Sustain abstinence from methamphetamine",
            new NewObjective(
                "Uses a coping skill for every craving and logs it, 5 of 7 days",
                now.plusDays(20),
                List.of("Relapse-prevention group 3x weekly", "Weekly craving-log review"))));
    plan.addProblem(
        new NewProblem(
            AsamDimension.RECOVERY_ENVIRONMENT,
            "Shares an apartment with a partner who uses",
            "Live in a substance-free home",
            new NewObjective(
                "Applies to two sober-living houses",
                now.plusDays(10),
                List.of("Case management: sober-living list and applications"))));
    plan.addProblem(
        new NewProblem(
            AsamDimension.EMOTIONAL_BEHAVIORAL_COGNITIVE,
            "Depressed mood, PHQ-9 14 at intake",
            "Mood stable enough to work a program",
            new NewObjective(
                "PHQ-9 below 10",
                now.plusDays(30),
                List.of("Psychiatric evaluation", "CBT skills in individual sessions"))));
    plan.review(
        now.minusDays(10),
        "carl.counselor",
        "Stepped down to PHP; cravings rarer; applying for sober living.",
        now);
    em.persist(plan);

    EpisodeSpan span = new EpisodeSpan(esther.getAdmittedOn(), null, now);
    ProgressNote first =
        ProgressNote.write(
            esther.getPatient().getId(),
            esther.getId(),
            new NewNote(
                now.minusDays(8),
                SessionType.INDIVIDUAL,
                Attendance.ATTENDED,
                "First week in PHP. Reports two cravings, both after phone calls with partner.",
                "Insight improving; uses urge surfing. Housing remains the main risk.",
                "Continue PHP; call two sober-living houses before next session.",
                true),
            span,
            "carl.counselor");
    em.persist(first);
    em.persist(
        first.addendum("Patient called: one house has a bed from next month.", "carl.counselor"));
    em.persist(
        ProgressNote.write(
            esther.getPatient().getId(),
            esther.getId(),
            new NewNote(
                now.minusDays(4),
                SessionType.FAMILY,
                Attendance.NO_SHOW,
                "Family session planned with sister; patient did not come, sister did. Rescheduled.",
                null,
                null,
                true),
            span,
            "carl.counselor"));
    em.persist(
        ProgressNote.write(
            esther.getPatient().getId(),
            esther.getId(),
            new NewNote(
                now.minusDays(1),
                SessionType.INDIVIDUAL,
                Attendance.ATTENDED,
                "Discussed move to sober living and work schedule.",
                "Motivated; anxious about the move.",
                "Review plan at next session.",
                false),
            span,
            "carl.counselor"));

    GroupSession group =
        new GroupSession(
            now.minusDays(2),
            "Coping with cravings",
            "Practiced urge surfing and the HALT check; each named one trigger for the week.",
            "carl.counselor");
    em.persist(group);
    // The group's notes refer to it by id, not by association: Hibernate's insert ordering would
    // put them before it (progress notes are already queued above). Insert the session first.
    em.flush();
    for (String family : List.of("Nguyen", "Martin", "O'Neill")) {
      Episode e = latestEpisodeOf(family);
      em.persist(
          ProgressNote.ofGroup(
              e.getPatient().getId(),
              e.getId(),
              group,
              family.equals("Martin") ? Attendance.EXCUSED : Attendance.ATTENDED,
              new EpisodeSpan(e.getAdmittedOn(), null, now)));
    }

    Episode lena = latestEpisodeOf("Fischer");
    AftercarePlan aftercare =
        AftercarePlan.write(
            lena.getId(),
            lena.getPatient().getId(),
            lena.getDischargedOn(),
            new EpisodeSpan(lena.getAdmittedOn(), lena.getDischargedOn(), now),
            "carl.counselor");
    aftercare.refer(
        new NewReferral(
            ReferralKind.SOBER_LIVING,
            "Maple Street Recovery House",
            lena.getDischargedOn(),
            null));
    aftercare.refer(
        new NewReferral(
            ReferralKind.MAT_PROVIDER,
            "Riverside Opioid Treatment Program",
            lena.getDischargedOn().plusDays(3),
            "Naltrexone XR monthly"));
    aftercare.refer(
        new NewReferral(
            ReferralKind.TWELVE_STEP_GROUP, "Tuesday night NA, St. Mark's", null, null));
    em.persist(aftercare);
    em.createQuery(
            "select f from FollowUp f where f.episodeId = :e order by f.dueOn", FollowUp.class)
        .setParameter("e", lena.getId())
        .setMaxResults(1)
        .getResultStream()
        .forEach(
            f ->
                f.record(
                    now.minusDays(4),
                    FollowUpOutcome.REACHED_ABSTINENT,
                    "Living at Maple Street; attends NA weekly.",
                    "carl.counselor",
                    now));
  }

  private Episode latestEpisodeOf(String familyName) {
    return em.createQuery(
            "select e from Episode e where e.patient.familyName = :f order by e.admittedOn desc",
            Episode.class)
        .setParameter("f", familyName)
        .setMaxResults(1)
        .getSingleResult();
  }

  /** A unit of {@code count} beds labelled {@code prefix}1, {@code prefix}2, … */
  private List<Bed> beds(Site site, String name, LevelOfCare level, String prefix, int count) {
    BedUnit unit = new BedUnit(site, name, level);
    em.persist(unit);
    List<Bed> beds = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      Bed bed = new Bed(unit, prefix + i);
      em.persist(bed);
      beds.add(bed);
    }
    return beds;
  }

  /** An intake interrupted after the referral step, waiting to be resumed. */
  private void openIntakeDraft() {
    IntakeForm form = new IntakeForm();
    var referral = form.getReferral();
    referral.setReferralSource(ReferralSource.CRIMINAL_JUSTICE);
    referral.setFirstContactOn(now.minusDays(4));
    referral.setGivenName("Noah");
    referral.setFamilyName("Petrov");
    referral.setBirthDate(LocalDate.of(1993, 8, 21));
    referral.setSexAtBirth(SexAtBirth.M);
    referral.setHomeSiteCode(Site.DEFAULT_CODE);
    referral.setPayer(Payer.MEDICAID);
    referral.setMemberId("MCD-448812");
    referral.setEmergencyContactName("Irina Petrova");
    referral.setEmergencyContactPhone("+1 555 0142");
    referral.setEmergencyContactRelationship("Mother");
    form.getSubstances()
        .setPrimary(new SubstanceUse(Substance.FENTANYL, Route.SMOKING, Frequency.DAILY, 22));
    form.getSubstances().setPriorEpisodes(0);
    form.getPlacement()
        .getDimensions()
        .set(0, new Dimension(3, "Last use yesterday, COWS pending"));
    form.getAdmission().setSiteCode(Site.DEFAULT_CODE);
    IntakeDraft draft = IntakeDraft.start("ivy.intake", form, Instant.now());
    draft.save(form, Step.SUBSTANCES, null, Instant.now());
    em.persist(draft);
  }

  private Journey patient(
      String given, String family, int birthYear, SexAtBirth sex, Substance substance, Site site) {
    Number mrn =
        (Number) em.createNativeQuery("select nextval('patient_mrn_seq')").getSingleResult();
    Patient patient =
        new Patient(
            String.format("C%07d", mrn.longValue()),
            given,
            family,
            LocalDate.of(birthYear, 3, 14),
            sex,
            substance,
            site,
            now);
    em.persist(patient);
    return new Journey(patient);
  }

  /** One patient's way through the continuum, told in the domain's verbs. */
  private final class Journey {
    private final Patient patient;
    private Episode episode;
    private MatOrder order;
    private Consent consent;

    Journey(Patient patient) {
      this.patient = patient;
    }

    Journey admit(LevelOfCare level, int daysAgo, String counselor) {
      LocalDate on = now.minusDays(daysAgo);
      episode =
          Episode.admit(patient, on, level, patient.getSite(), ReferralSource.SELF, counselor, now);
      em.persist(episode);
      event(EpisodeEvent.Kind.ADMITTED, on, level, "SELF", null);
      return this;
    }

    Journey bed(Bed bed) {
      episode.holdBed(bed.getId());
      return this;
    }

    Journey prescriber(String prescriber) {
      episode.assignCareTeam(episode.getPrimaryCounselor(), prescriber);
      return this;
    }

    Journey move(LevelOfCare level, int daysAgo, String note) {
      return move(level, daysAgo, note, TransitionReason.STEP_DOWN);
    }

    Journey move(LevelOfCare level, int daysAgo, String note, TransitionReason reason) {
      LocalDate on = now.minusDays(daysAgo);
      episode.transferTo(level, patient.getSite(), on, reason, note, now);
      event(EpisodeEvent.Kind.TRANSFERRED, on, level, reason.name(), note);
      return this;
    }

    Journey mat(Medication medication, int daysAgo, String dose) {
      order =
          MatOrder.start(
              patient.getId(),
              medication,
              Phase.INDUCTION,
              now.minusDays(daysAgo),
              new BigDecimal(dose),
              "mg",
              "pia.prescriber",
              now);
      em.persist(order);
      return this;
    }

    Journey phase(Phase phase, int daysAgo) {
      order.changePhase(phase, now.minusDays(daysAgo), now);
      return this;
    }

    /** A urine screen, observed, 9:00; results like "FENTANYL+" or "COCAINE-". */
    Journey screen(int daysAgo, String... results) {
      LocalDate on = now.minusDays(daysAgo);
      Medication mat = order != null && order.isActiveOn(on) ? order.getMedication() : null;
      List<AnalyteResult> list = new ArrayList<>();
      for (String r : results) {
        list.add(
            new AnalyteResult(Analyte.valueOf(r.substring(0, r.length() - 1)), r.endsWith("+")));
      }
      em.persist(
          DrugScreen.record(
              patient.getId(),
              new NewDrugScreen(on.atTime(9, 0), Specimen.URINE, true, list),
              mat,
              "nina.nurse",
              now.atTime(23, 59)));
      return this;
    }

    /** The recovery profile: sober since, step, home group, sponsor since (-1: no sponsor). */
    Journey recovery(int soberDaysAgo, int step, String homeGroup, int sponsorDaysAgo) {
      RecoveryProfile profile = new RecoveryProfile(patient.getId());
      profile.change(
          new ProfileChange(
              sponsorDaysAgo >= 0,
              sponsorDaysAgo >= 0 ? now.minusDays(sponsorDaysAgo) : null,
              step,
              homeGroup,
              now.minusDays(soberDaysAgo)),
          now);
      em.persist(profile);
      return this;
    }

    Journey meeting(int daysAgo, Fellowship fellowship, String note) {
      em.persist(
          Meeting.attended(
              patient.getId(),
              now.minusDays(daysAgo),
              fellowship,
              note,
              episode.getPrimaryCounselor(),
              now));
      return this;
    }

    Journey relapse(int daysAgo, String note) {
      em.flush();
      RecoveryProfile profile = em.find(RecoveryProfile.class, patient.getId());
      em.persist(profile.relapse(now.minusDays(daysAgo), note, episode.getPrimaryCounselor(), now));
      return this;
    }

    /** A score taken {@code hoursAgo}; a positive PHQ-9 item 9 flags the chart as it would live. */
    Journey score(Instrument instrument, int hoursAgo, String by, Integer... items) {
      Instant at = Instant.now();
      ClinicalScore score =
          ClinicalScore.record(
              patient.getId(),
              episode.getId(),
              instrument,
              List.of(items),
              bands.current(),
              at.minus(hoursAgo, ChronoUnit.HOURS),
              by,
              at);
      em.persist(score);
      if (score.raisesSafetyConcern()) {
        em.persist(SafetyFlag.raisedBy(score));
        em.flush();
        SafetyCheck.putOnWorkList(em, score, now);
      }
      return this;
    }

    Journey dose(String dose, int daysAgo, String reason) {
      order.changeDose(
          new BigDecimal(dose), "mg", now.minusDays(daysAgo), reason, "pia.prescriber", now);
      return this;
    }

    Journey stopMat(int daysAgo, StopReason reason) {
      order.stop(now.minusDays(daysAgo), reason, now);
      return this;
    }

    Journey injection(int daysAgo, String note) {
      LocalDate on = now.minusDays(daysAgo);
      em.persist(
          order.administer(
              on, AdministrationStatus.GIVEN, order.doseOn(on).getDose(), note, "nina.nurse", now));
      return this;
    }

    /** Daily clinic dosing for the last {@code days} days up to today, one day missed. */
    Journey dosing(int days, int missedDaysAgo) {
      for (int daysAgo = days - 1; daysAgo >= 0; daysAgo--) {
        LocalDate on = now.minusDays(daysAgo);
        boolean missed = daysAgo == missedDaysAgo;
        em.persist(
            order.administer(
                on,
                missed ? AdministrationStatus.MISSED : AdministrationStatus.GIVEN,
                missed ? null : order.doseOn(on).getDose(),
                missed ? "Did not come in; counselor called, back next day" : null,
                "nina.nurse",
                now));
      }
      return this;
    }

    Journey discharge(DischargeReason reason, int daysAgo) {
      LocalDate on = now.minusDays(daysAgo);
      episode.discharge(on, reason, null, now);
      FollowUp.scheduleAfter(episode.getId(), patient.getId(), on).forEach(em::persist);
      event(EpisodeEvent.Kind.DISCHARGED, on, null, reason.name(), null);
      em.flush();
      return this;
    }

    Journey consent(
        RecipientKind kind,
        String recipient,
        Purpose purpose,
        String why,
        int signedDaysAgo,
        LocalDate expiresOn) {
      consent =
          Consent.capture(
              patient.getId(),
              new NewConsent(
                  "Continuum Recovery Center",
                  "Dates of admission and discharge, levels of care, diagnoses, MAT medication"
                      + " and dose",
                  kind,
                  recipient,
                  purpose,
                  why,
                  true,
                  true,
                  true,
                  expiresOn,
                  null,
                  patient.getGivenName() + " " + patient.getFamilyName(),
                  SignerRelation.PATIENT,
                  now.minusDays(signedDaysAgo)),
              LOADER,
              now);
      em.persist(consent);
      return this;
    }

    Journey revoked(String how) {
      consent.revoke(LOADER, how);
      return this;
    }

    Journey disclosed(String what, int daysAgo) {
      em.persist(Disclosure.underConsent(consent, what, LOADER, now.minusDays(daysAgo)));
      return this;
    }

    private void event(
        EpisodeEvent.Kind kind, LocalDate on, LevelOfCare level, String reason, String note) {
      em.persist(
          new EpisodeEvent(episode, kind, on, level, patient.getSite(), reason, note, LOADER));
    }
  }
}
