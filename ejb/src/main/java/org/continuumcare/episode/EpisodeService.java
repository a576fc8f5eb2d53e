package org.continuumcare.episode;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.UUID;
import org.continuumcare.patient.Patient;
import org.continuumcare.security.ChartAccess;
import org.continuumcare.security.Role;
import org.continuumcare.shared.ChangedBySomeoneElse;
import org.continuumcare.shared.Conflict;
import org.continuumcare.shared.WriteConflicts;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.shared.Today;
import org.continuumcare.site.Site;
import org.continuumcare.site.Sites;

/** The case workflow's transaction boundary: load the episode, call its verb, store it. */
@Stateless
public class EpisodeService {

  @PersistenceContext private EntityManager em;
  @EJB private ChartAccess access;
  @EJB private Sites sites;
  @Inject private Today today;

  /** Admits a patient to a level of care: a new open episode with its first stay. */
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
            today.in(site.getTimeZone()));
    em.persist(episode);
    flush();
    return episode;
  }

  /** Changes the care team. A stale {@code version} is refused before anything else is checked. */
  @RolesAllowed({Role.COUNSELOR, Role.ADMINISTRATOR})
  public Episode changeCareTeam(
      @NotNull UUID episodeId, @NotNull @Valid CareTeam team, Long version) {
    Episode episode = open(episodeId);
    ChangedBySomeoneElse.check(version, episode.getVersion());
    episode.assignCareTeam(team.primaryCounselor(), team.prescriber());
    flush();
    return episode;
  }

  /** The episode, if the caller may open its patient's chart. */
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

  private Site site(String code) {
    return sites
        .byCode(code)
        .orElseThrow(() -> new RuleViolation("siteCode", "patient.unknownSite", code));
  }

  private void flush() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw WriteConflicts.translate(e);
    }
  }
}
