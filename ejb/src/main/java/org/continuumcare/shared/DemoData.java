package org.continuumcare.shared;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.continuumcare.aftercare.FollowUp;
import org.continuumcare.bedboard.Bed;
import org.continuumcare.bedboard.BedUnit;
import org.continuumcare.episode.DischargeReason;
import org.continuumcare.episode.Episode;
import org.continuumcare.episode.EpisodeEvent;
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
import org.continuumcare.mat.MatOrder;
import org.continuumcare.mat.Medication;
import org.continuumcare.mat.Phase;
import org.continuumcare.patient.Patient;
import org.continuumcare.patient.SexAtBirth;
import org.continuumcare.patient.Substance;
import org.continuumcare.site.Site;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo data set of {@code ./continuum run} (never in production): patients at every level of
 * care on the demo counselors' caseloads, with real journeys through the continuum (step-downs, a
 * step-up, a discharge with follow-ups due, a readmission), dated relative to today. Loaded once,
 * into an empty database, when {@code continuum.demo-data=true} ({@code CONTINUUM_DEMO_DATA}).
 * Built with the domain's own verbs, so it obeys every rule the screens do.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  private static final String LOADER = "demo-data";

  @PersistenceContext private EntityManager em;
  @Inject private Today today;

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
        .bed(mainDetox.get(0));
    patient("Ben", "Okafor", 1984, SexAtBirth.M, Substance.FENTANYL, main)
        .admit(LevelOfCare.WM, 1, "cora.counselor")
        .bed(mainDetox.get(1));
    patient("Chloe", "Martin", 1995, SexAtBirth.F, Substance.ALCOHOL, main)
        .admit(LevelOfCare.WM, 18, "carl.counselor")
        .move(LevelOfCare.RES, 12, "CIWA-Ar 6, withdrawal resolved")
        .bed(mainResidential.get(0));
    patient("Dmitri", "Volkov", 1979, SexAtBirth.M, Substance.OTHER_OPIOID, east)
        .admit(LevelOfCare.WM, 26, "cora.counselor")
        .mat(Medication.BUPRENORPHINE, 24, "12")
        .phase(Phase.STABILIZATION, 17)
        .move(LevelOfCare.RES, 20, "COWS 4, started buprenorphine")
        .bed(eastResidential.get(2));
    patient("Esther", "Nguyen", 1988, SexAtBirth.F, Substance.METHAMPHETAMINE, main)
        .admit(LevelOfCare.RES, 40, "carl.counselor")
        .move(LevelOfCare.PHP, 9, "Residential goals met");
    patient("Farid", "Haddad", 1992, SexAtBirth.M, Substance.COCAINE, east)
        .admit(LevelOfCare.IOP, 30, "cora.counselor");
    patient("Grace", "O'Neill", 1986, SexAtBirth.F, Substance.FENTANYL, main)
        .admit(LevelOfCare.WM, 80, "carl.counselor")
        .prescriber("pia.prescriber")
        .mat(Medication.BUPRENORPHINE, 79, "16")
        .phase(Phase.STABILIZATION, 72)
        .phase(Phase.MAINTENANCE, 50)
        .move(LevelOfCare.RES, 75, "COWS 3 on buprenorphine")
        .move(LevelOfCare.IOP, 45, "Stable, housing arranged");
    patient("Hugo", "Lindqvist", 1975, SexAtBirth.M, Substance.ALCOHOL, main)
        .admit(LevelOfCare.OP, 70, "cora.counselor");
    patient("Inés", "Castillo", 1999, SexAtBirth.F, Substance.HEROIN, east)
        .admit(LevelOfCare.RES, 130, "carl.counselor")
        .prescriber("pia.prescriber")
        .mat(Medication.METHADONE, 128, "60")
        .phase(Phase.MAINTENANCE, 100)
        .move(LevelOfCare.PHP, 110, "Residential completed")
        .move(LevelOfCare.IOP, 95, "Attending all groups")
        .move(LevelOfCare.OP, 60, "Working, sober network");
    patient("Jamal", "Brooks", 1982, SexAtBirth.M, Substance.BENZODIAZEPINE, main)
        .admit(LevelOfCare.OP, 200, "cora.counselor")
        .move(LevelOfCare.AC, 120, "Outpatient completed");
    patient("Kai", "Tanaka", 1997, SexAtBirth.X, Substance.CANNABIS, main)
        .admit(LevelOfCare.IOP, 150, "carl.counselor")
        .move(LevelOfCare.RES, 140, "Relapse, needs 24-hour structure", TransitionReason.STEP_UP)
        .move(LevelOfCare.AC, 100, "Residential completed; aftercare");
    patient("Lena", "Fischer", 1991, SexAtBirth.F, Substance.HEROIN, main)
        .admit(LevelOfCare.RES, 150, "carl.counselor")
        .move(LevelOfCare.OP, 100, "Residential completed")
        .discharge(DischargeReason.COMPLETED, 35);
    patient("Marco", "Rossi", 1983, SexAtBirth.M, Substance.FENTANYL, main)
        .admit(LevelOfCare.WM, 200, "cora.counselor")
        .discharge(DischargeReason.LEFT_AGAINST_ADVICE, 196)
        .admit(LevelOfCare.RES, 60, "cora.counselor")
        .move(LevelOfCare.IOP, 30, "Second attempt going well");
    openIntakeDraft();
    LOG.info(() -> "Demo data loaded as of " + now);
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

    Journey discharge(DischargeReason reason, int daysAgo) {
      LocalDate on = now.minusDays(daysAgo);
      episode.discharge(on, reason, null, now);
      FollowUp.scheduleAfter(episode.getId(), patient.getId(), on).forEach(em::persist);
      event(EpisodeEvent.Kind.DISCHARGED, on, null, reason.name(), null);
      em.flush();
      return this;
    }

    private void event(
        EpisodeEvent.Kind kind, LocalDate on, LevelOfCare level, String reason, String note) {
      em.persist(
          new EpisodeEvent(episode, kind, on, level, patient.getSite(), reason, note, LOADER));
    }
  }
}
