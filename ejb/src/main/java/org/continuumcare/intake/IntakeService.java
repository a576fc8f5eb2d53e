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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.continuumcare.audit.Audited;
import org.continuumcare.bedboard.BedService;
import org.continuumcare.episode.Admission;
import org.continuumcare.episode.Episode;
import org.continuumcare.episode.EpisodeService;
import org.continuumcare.patient.Patient;
import org.continuumcare.patient.PatientRegistration;
import org.continuumcare.patient.PatientService;
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
 * known), admits them to the placed level, puts them in a bed and completes the draft — all in one
 * transaction. {@link #registerAndAdmit} is the one-call admission of the API.
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
  @Inject private Today today;

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
    flush();
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
    form.check(step, today.in(null));
    draft.save(form, next, patientId, Instant.now());
    flush();
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
    form.check(Step.ADMISSION, today.in(site.getTimeZone()));
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
    if (plan.getBedId() != null) {
      episode.holdBed(beds.assignable(plan.getBedId(), site, level).getId());
    }
    draft.save(form, Step.ADMISSION, patientId, Instant.now());
    draft.complete(episode.getId(), Instant.now());
    flush();
    return episode;
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

  private void flush() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw WriteConflicts.translate(e);
    }
  }
}
