package org.continuumcare.episode;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.continuumcare.security.ChartAccess;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.Today;

/**
 * The episode a service of the clinical record (plan, notes, aftercare) writes into: found, and its
 * patient's chart checked through {@link ChartAccess}. Not audited itself — the calling service is;
 * screens that only show an episode use {@link EpisodeService#open}.
 */
@Stateless
public class Episodes {

  @PersistenceContext private EntityManager em;
  @EJB private ChartAccess access;
  @Inject private Today today;

  /** The episode, if the caller may open its patient's chart; else {@link RecordNotFound}. */
  public Episode readable(UUID episodeId) {
    Episode episode = em.find(Episode.class, episodeId);
    if (episode == null) {
      throw new RecordNotFound();
    }
    access.readablePatient(episode.getPatient().getId());
    return episode;
  }

  /** The episode's dates, with today in its patient's site's time zone. */
  public EpisodeSpan spanOf(Episode episode) {
    return new EpisodeSpan(
        episode.getAdmittedOn(),
        episode.getDischargedOn(),
        today.in(episode.getPatient().getSite().getTimeZone()));
  }
}
