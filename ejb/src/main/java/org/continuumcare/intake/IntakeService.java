package org.continuumcare.intake;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.continuumcare.audit.Audited;
import org.continuumcare.bedboard.BedService;
import org.continuumcare.consent.ConsentService;
import org.continuumcare.consent.NewConsent;
import org.continuumcare.episode.Admission;
import org.continuumcare.episode.Episode;
import org.continuumcare.episode.EpisodeService;
import org.continuumcare.patient.Patient;
import org.continuumcare.patient.PatientRegistration;
import org.continuumcare.patient.PatientService;
import org.continuumcare.scores.ScoreService;
import org.continuumcare.security.ChartAccess;
import org.continuumcare.security.Role;
import org.continuumcare.shared.ChangedBySomeoneElse;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.shared.Today;
import org.continuumcare.shared.WriteConflicts;
import org.continuumcare.site.Site;
import org.continuumcare.site.Sites;

/**
 * Intake: the guided flow that ends in an admission. Each step is checked and saved to a draft, so
 * an interrupted intake is resumed, not retyped; the admission registers the patient (unless
 * known), admits them to the placed level, records the withdrawal score (WM) and the Part 2 consent
 * (when signed), puts them in a bed and completes the draft — all in one transaction: a refusal of
 * any of these leaves nothing written. {@link #registerAndAdmit} is the one-call admission of the
 * API.
 */
@Stateless
public class IntakeService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private PatientService patients;
  @EJB private EpisodeService episodes;
  @EJB private BedService beds;
  @EJB private ChartAccess access;
  @EJB private Sites sites;
  @EJB private ScoreService scores;
  @EJB private ConsentService consents;
  @Inject private Today today;
  @Inject private Validator validator;

  @RolesAllowed({Role.INTAKE, Role.ADMINISTRATOR})
  public Episode registerAndAdmit(
      @NotNull @Valid PatientRegistration registration, @NotNull @Valid Admission admission) {
    var registered = patients.register(registration);
    return episodes.admit(registered.patient().getId(), admission);
  }

  /** A new draft owned by the caller, holding what the screen pre-filled. */
  @Audited
  @RolesAllowed({Role.INTAKE, Role.ADMINISTRATOR})
  public IntakeDraft startDraft(@NotNull IntakeForm form) {
    IntakeDraft draft = IntakeDraft.start(caller(), form, Instant.now());
    em.persist(draft);
    WriteConflicts.flush(em);
    return draft;
  }

  /**
   * Checks the steps up to {@code step} and saves the form to the draft, which then stands at
   * {@code next}. A patient named by MRN is looked up: their demographics and number of prior
   * episodes replace what was typed.
   */
  @Audited
  @RolesAllowed({Role.INTAKE, Role.ADMINISTRATOR})
  public IntakeDraft saveStep(
      @NotNull UUID draftId,
      Long version,
      @NotNull IntakeForm form,
      @NotNull Step step,
      @NotNull Step next) {
    IntakeDraft draft = changing(draftId, version);
    UUID patientId = knownPatient(form);
    check(
        form,
        step,
        zoneOf(sites.byCode(nullToEmpty(form.getAdmission().getSiteCode())).orElse(null)));
    draft.save(form, next, patientId, Instant.now());
    WriteConflicts.flush(em);
    return draft;
  }

  /** An open draft, to resume it. */
  @Audited
  @RolesAllowed({Role.INTAKE, Role.ADMINISTRATOR})
  public IntakeDraft draft(@NotNull UUID draftId) {
    IntakeDraft draft = em.find(IntakeDraft.class, draftId);
    if (draft == null || draft.isCompleted()) {
      throw new RecordNotFound();
    }
    return draft;
  }

  /** The drafts not yet admitted, most recently saved first. */
  @Audited
  @RolesAllowed({Role.INTAKE, Role.ADMINISTRATOR})
  public List<IntakeDraft> openDrafts() {
    return em.createQuery(
            "select d from IntakeDraft d where d.completedAt is null order by d.updatedAt desc",
            IntakeDraft.class)
        .getResultList();
  }

  /**
   * Admits from the draft: every step checked, the patient registered unless known, admitted to the
   * placed level at the chosen site, put in the chosen bed (24-hour levels), and the draft
   * completed — together, or not at all.
   */
  @Audited
  @RolesAllowed({Role.INTAKE, Role.ADMINISTRATOR})
  public Episode admit(@NotNull UUID draftId, Long version, @NotNull IntakeForm form) {
    IntakeDraft draft = changing(draftId, version);
    UUID patientId = knownPatient(form);
    AdmissionPlan plan = form.getAdmission();
    Site site =
        sites
            .byCode(plan.getSiteCode() == null ? "" : plan.getSiteCode())
            .orElseThrow(
                () -> new RuleViolation("siteCode", "patient.unknownSite", plan.getSiteCode()));
    ZoneId zone = zoneOf(site);
    check(form, Step.ADMISSION, zone);
    Referral referral = form.getReferral();
    if (patientId == null) {
      patientId =
          patients
              .register(
                  new PatientRegistration(
                      referral.getGivenName().trim(),
                      referral.getFamilyName().trim(),
                      referral.getBirthDate(),
                      referral.getSexAtBirth(),
                      form.getSubstances().getPrimary().getSubstance(),
                      referral.getHomeSiteCode()))
              .patient()
              .getId();
    }
    var level = form.getPlacement().getPlacedLevel();
    Episode episode =
        episodes.admit(
            patientId,
            new Admission(
                plan.getAdmittedOn(),
                level,
                referral.getReferralSource(),
                plan.getPrimaryCounselor(),
                site.getCode()));
    // The clinical record of the intake goes through its own services (access, audit), after the
    // admission is flushed: the score finds the episode just opened by a native query.
    WriteConflicts.flush(em);
    WithdrawalScore withdrawal = form.getWithdrawal();
    if (WithdrawalScore.neededAt(level)) {
      scores.recordWithdrawalScore(
          patientId,
          withdrawal.getInstrument(),
          withdrawal.getItems(),
          withdrawal.getTakenAt().atZone(zone).toInstant());
    }
    UUID admitted = patientId;
    form.getConsent().signed().ifPresent(signed -> consents.capture(admitted, signed));
    if (plan.getBedId() != null) {
      episode.holdBed(beds.assignable(plan.getBedId(), site, level).getId());
    }
    draft.save(form, Step.ADMISSION, patientId, Instant.now());
    draft.complete(episode.getId(), Instant.now());
    WriteConflicts.flush(em);
    return episode;
  }

  /**
   * Checks the form up to {@code step} at the admission site's time: from the consent step on, a
   * signed consent's elements first, by {@link NewConsent}'s own constraints (each message on its
   * field), then the steps' rules in order.
   */
  private void check(IntakeForm form, Step step, ZoneId zone) {
    if (step.compareTo(Step.CONSENT) >= 0) {
      form.getConsent()
          .signed()
          .ifPresent(
              signed -> {
                Set<ConstraintViolation<NewConsent>> broken = validator.validate(signed);
                if (!broken.isEmpty()) {
                  throw new ConstraintViolationException(broken);
                }
              });
    }
    form.check(step, today.now(zone));
  }

  private static ZoneId zoneOf(Site site) {
    return site == null || site.getTimeZone() == null
        ? ZoneId.systemDefault()
        : ZoneId.of(site.getTimeZone());
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /**
   * The patient the referral names by MRN, their demographics and prior episodes copied into the
   * form; {@code null} for a new patient (no prior episodes).
   */
  private UUID knownPatient(IntakeForm form) {
    Referral referral = form.getReferral();
    String mrn = referral.getKnownMrn() == null ? "" : referral.getKnownMrn().trim();
    if (mrn.isEmpty()) {
      form.getSubstances().setPriorEpisodes(0);
      return null;
    }
    UUID id =
        em.createQuery("select p.id from Patient p where p.mrn = :mrn", UUID.class)
            .setParameter("mrn", mrn)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new RuleViolation("knownMrn", "intake.unknownMrn", mrn));
    Patient patient = access.readablePatient(id);
    referral.setKnownMrn(mrn);
    referral.setGivenName(patient.getGivenName());
    referral.setFamilyName(patient.getFamilyName());
    referral.setBirthDate(patient.getBirthDate());
    referral.setSexAtBirth(patient.getSexAtBirth());
    referral.setHomeSiteCode(patient.getSite().getCode());
    form.getSubstances().setPriorEpisodes(episodes.episodesOf(patient).size());
    return id;
  }

  private IntakeDraft changing(UUID draftId, Long version) {
    IntakeDraft draft = draft(draftId);
    ChangedBySomeoneElse.check(version, draft.getVersion());
    try {
      em.lock(draft, LockModeType.PESSIMISTIC_WRITE);
    } catch (PersistenceException e) {
      throw WriteConflicts.translate(e);
    }
    return draft;
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
