package org.continuumcare.episode;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.continuumcare.aftercare.FollowUp;
import org.continuumcare.audit.Audited;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.patient.Patient;
import org.continuumcare.security.ChartAccess;
import org.continuumcare.security.Role;
import org.continuumcare.shared.ChangedBySomeoneElse;
import org.continuumcare.shared.Conflict;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.shared.Today;
import org.continuumcare.shared.WriteConflicts;
import org.continuumcare.site.Site;
import org.continuumcare.site.Sites;

/**
 * The case workflow's transaction boundary: load the episode, call its verb, store it with its
 * history entry. Every change locks the episode with a forced version increment, so a change to its
 * stays alone still bumps the version, and a stale {@code version} is refused before any rule of
 * the domain is checked (API.md).
 */
@Stateless
public class EpisodeService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private ChartAccess access;
  @EJB private Sites sites;
  @Inject private Today today;

  /** Admits a patient to a level of care: a new open episode with its first stay. */
  @Audited
  @RolesAllowed({Role.INTAKE, Role.ADMINISTRATOR})
  public Episode admit(@NotNull UUID patientId, @NotNull @Valid Admission admission) {
    Patient patient = access.readablePatient(patientId);
    if (openEpisodeOf(patient).isPresent()) {
      throw new Conflict("conflict.openEpisodeExists");
    }
    Site site = admission.siteCode() == null ? patient.getSite() : site(admission.siteCode());
    Episode episode =
        Episode.admit(
            patient,
            admission.admittedOn(),
            admission.levelOfCare(),
            site,
            admission.referralSource(),
            admission.primaryCounselor(),
            todayAt(site));
    em.persist(episode);
    record(
        episode,
        EpisodeEvent.Kind.ADMITTED,
        admission.admittedOn(),
        admission.levelOfCare(),
        site,
        admission.referralSource().name(),
        null);
    flush();
    return episode;
  }

  /** Changes the level of care (or the site, laterally) as of {@code effectiveOn}. */
  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.ADMINISTRATOR})
  public Episode transfer(
      @NotNull UUID episodeId, @NotNull @Valid Transfer transfer, Long version) {
    Episode episode = changing(episodeId, version);
    Site site =
        transfer.siteCode() == null
            ? episode.openStay().map(Stay::getSite).orElse(episode.getPatient().getSite())
            : site(transfer.siteCode());
    episode.transferTo(
        transfer.levelOfCare(),
        site,
        transfer.effectiveOn(),
        transfer.reason(),
        transfer.note(),
        todayAt(site));
    record(
        episode,
        EpisodeEvent.Kind.TRANSFERRED,
        transfer.effectiveOn(),
        transfer.levelOfCare(),
        site,
        transfer.reason().name(),
        transfer.note());
    flush();
    return episode;
  }

  /** Discharges the episode and schedules its aftercare follow-up contacts. */
  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.ADMINISTRATOR})
  public Episode discharge(
      @NotNull UUID episodeId, @NotNull @Valid Discharge discharge, Long version) {
    Episode episode = changing(episodeId, version);
    Site site = episode.openStay().map(Stay::getSite).orElse(episode.getPatient().getSite());
    episode.discharge(
        discharge.dischargedOn(), discharge.reason(), discharge.note(), todayAt(site));
    FollowUp.scheduleAfter(episode.getId(), episode.getPatient().getId(), discharge.dischargedOn())
        .forEach(em::persist);
    record(
        episode,
        EpisodeEvent.Kind.DISCHARGED,
        discharge.dischargedOn(),
        null,
        null,
        discharge.reason().name(),
        discharge.note());
    flush();
    return episode;
  }

  /**
   * Undoes the latest transition or the discharge, entered in error. Undoing a discharge is refused
   * once the patient has been readmitted; its follow-up contacts not yet made are withdrawn.
   */
  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.ADMINISTRATOR})
  public Episode undo(
      @NotNull UUID episodeId, @NotBlank @Size(max = 2000) String reason, Long version) {
    Episode episode = changing(episodeId, version);
    if (episode.getDischargedOn() != null
        && openEpisodeOf(episode.getPatient()).filter(e -> e != episode).isPresent()) {
      throw new Conflict("undo.readmitted");
    }
    Episode.Undone undone = episode.undoLatest();
    if (undone == Episode.Undone.DISCHARGE) {
      em.createQuery(
              "delete from FollowUp f where f.episodeId = :episode and f.contactedOn is null")
          .setParameter("episode", episode.getId())
          .executeUpdate();
    }
    record(
        episode,
        undone == Episode.Undone.DISCHARGE
            ? EpisodeEvent.Kind.DISCHARGE_UNDONE
            : EpisodeEvent.Kind.TRANSITION_UNDONE,
        null,
        episode.currentLevelOfCare().orElse(null),
        null,
        null,
        reason);
    flush();
    return episode;
  }

  /** Changes the care team. */
  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.ADMINISTRATOR})
  public Episode changeCareTeam(
      @NotNull UUID episodeId, @NotNull @Valid CareTeam team, Long version) {
    Episode episode = changing(episodeId, version);
    episode.assignCareTeam(team.primaryCounselor(), team.prescriber());
    record(
        episode,
        EpisodeEvent.Kind.CARE_TEAM_CHANGED,
        null,
        null,
        null,
        null,
        "primary counselor: "
            + Optional.ofNullable(episode.getPrimaryCounselor()).orElse("none")
            + ", prescriber: "
            + Optional.ofNullable(episode.getPrescriber()).orElse("none"));
    flush();
    return episode;
  }

  /**
   * Refuses a stale version of an episode the caller may open: the check API.md puts before every
   * other rule, so callers validate the rest of a request only after it.
   */
  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.ADMINISTRATOR})
  public void requireVersion(@NotNull UUID episodeId, Long version) {
    ChangedBySomeoneElse.check(version, open(episodeId).getVersion());
  }

  /** The episode, if the caller may open its patient's chart. */
  @Audited
  @RolesAllowed({Role.INTAKE, Role.COUNSELOR, Role.PRESCRIBER, Role.NURSE, Role.ADMINISTRATOR})
  public Episode open(@NotNull UUID episodeId) {
    Episode episode =
        em.createQuery(
                "select distinct e from Episode e left join fetch e.stays where e.id = :id",
                Episode.class)
            .setParameter("id", episodeId)
            .getResultStream()
            .findFirst()
            .orElseThrow(RecordNotFound::new);
    access.readablePatient(episode.getPatient().getId());
    return episode;
  }

  /** The patient's open episode, if any; the caller must already have opened the chart. */
  @RolesAllowed({Role.INTAKE, Role.COUNSELOR, Role.PRESCRIBER, Role.NURSE, Role.ADMINISTRATOR})
  public Optional<Episode> openEpisodeOf(Patient patient) {
    return em.createQuery(
            "select distinct e from Episode e left join fetch e.stays"
                + " where e.patient = :patient and e.dischargedOn is null",
            Episode.class)
        .setParameter("patient", patient)
        .getResultStream()
        .findFirst();
  }

  /** All episodes of a patient, latest first, with their stays (the level-of-care timeline). */
  @RolesAllowed({Role.INTAKE, Role.COUNSELOR, Role.PRESCRIBER, Role.NURSE, Role.ADMINISTRATOR})
  public List<Episode> episodesOf(Patient patient) {
    return em.createQuery(
            "select distinct e from Episode e left join fetch e.stays"
                + " where e.patient = :patient order by e.admittedOn desc",
            Episode.class)
        .setParameter("patient", patient)
        .getResultList();
  }

  /** The episode's history, oldest first. */
  @RolesAllowed({Role.INTAKE, Role.COUNSELOR, Role.PRESCRIBER, Role.NURSE, Role.ADMINISTRATOR})
  public List<EpisodeEvent> historyOf(Episode episode) {
    return em.createQuery(
            "select ev from EpisodeEvent ev where ev.episode = :episode order by ev.recordedAt",
            EpisodeEvent.class)
        .setParameter("episode", episode)
        .getResultList();
  }

  /**
   * The episode about to change: the caller's version checked, then the row locked (a concurrent
   * change waits, then finds the version moved on). Each verb marks the episode changed, so the
   * version goes up by exactly one per change.
   */
  private Episode changing(UUID episodeId, Long version) {
    Episode episode = open(episodeId);
    ChangedBySomeoneElse.check(version, episode.getVersion());
    try {
      em.lock(episode, LockModeType.PESSIMISTIC_WRITE);
    } catch (PersistenceException e) {
      throw WriteConflicts.translate(e);
    }
    return episode;
  }

  private void record(
      Episode episode,
      EpisodeEvent.Kind kind,
      LocalDate effectiveOn,
      LevelOfCare level,
      Site site,
      String reason,
      String note) {
    em.persist(
        new EpisodeEvent(
            episode,
            kind,
            effectiveOn,
            level,
            site,
            reason,
            note,
            session.getCallerPrincipal().getName()));
  }

  private LocalDate todayAt(Site site) {
    return today.in(site.getTimeZone());
  }

  private Site site(String code) {
    return sites
        .byCode(code)
        .orElseThrow(() -> new RuleViolation("siteCode", "patient.unknownSite", code));
  }

  /**
   * Writes now and checks the deferred overlap rule now, so that what the database refuses surfaces
   * here as the rule it stands for.
   */
  private void flush() {
    try {
      em.flush();
      em.createNativeQuery("set constraints stay_no_overlap immediate").executeUpdate();
    } catch (PersistenceException e) {
      throw WriteConflicts.translate(e);
    }
  }
}
