package org.continuumcare.web.patient;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.continuumcare.episode.Episode;
import org.continuumcare.episode.EpisodeService;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.patient.Patient;
import org.continuumcare.patient.PatientService;
import org.continuumcare.security.ChartAccess;
import org.continuumcare.security.Role;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.Today;

/**
 * The patient chart: header with the current level of care, the level-of-care timeline of every
 * episode, and the open episode's history. The tabs are loaded when first shown ({@code
 * dynamic="true"}); each tab's bean reads its part of the record on first access, so a chart view
 * reads (and audits) only what the user sees. A patient the user may not see answers 404, exactly
 * like an unknown id.
 */
@Named
@RequestScoped
public class ChartBacking {

  @EJB PatientService patients;
  @EJB EpisodeService episodes;
  @EJB ChartAccess access;
  @Inject Today today;
  @Inject SecurityContext security;

  private String id;
  private Patient patient;
  private List<TimelineEpisode> timeline;
  private Episode current;
  private Episode latest;
  private List<HistoryEntry> history;
  private boolean breakingTheGlass;

  /**
   * Loads the chart named by the request parameter {@code id} — on the first request and on every
   * postback of the page, whose buttons carry the id along (nothing of the patient is kept in the
   * session).
   */
  @PostConstruct
  void load() {
    id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    try {
      patient = patients.open(UUID.fromString(id == null ? "" : id));
    } catch (RecordNotFound | IllegalArgumentException e) {
      return;
    }
    breakingTheGlass =
        access.access(patient.getId()).orElse(null) == ChartAccess.Via.BREAK_THE_GLASS;
    LocalDate on = on();
    List<Episode> all = episodes.episodesOf(patient);
    timeline = all.stream().map(e -> new TimelineEpisode(e, on)).toList();
    current = all.stream().filter(e -> e.getDischargedOn() == null).findFirst().orElse(null);
    latest = current != null ? current : all.isEmpty() ? null : all.get(0);
  }

  /** A patient the user may not see answers like an unknown one: 404 (f:viewAction). */
  public void requireFound() throws IOException {
    if (patient == null) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public Patient getPatient() {
    return patient;
  }

  public Episode getCurrent() {
    return current;
  }

  /** The open episode, else the latest one (the clinical-record tabs show it), else null. */
  public Episode getLatest() {
    return latest;
  }

  public List<TimelineEpisode> getTimeline() {
    return timeline;
  }

  /** Whether the user sees this chart only by breaking the glass (shown as a warning). */
  public boolean isBreakingTheGlass() {
    return breakingTheGlass;
  }

  /** The open (else latest) episode's history: the "Level of care" tab's, read when first shown. */
  public List<HistoryEntry> getHistory() {
    if (history == null) {
      history =
          latest == null
              ? List.of()
              : episodes.historyOf(latest).stream().map(HistoryEntry::new).toList();
    }
    return history;
  }

  /** The current level of care, or {@code null} when the patient is not in care. */
  public LevelOfCare getCurrentLevel() {
    return current == null ? null : current.currentLevelOfCare().orElse(null);
  }

  public long getDaysInLevel() {
    return current == null ? 0 : current.openStay().orElseThrow().days(on());
  }

  public long getDaysInTreatment() {
    return current == null ? 0 : current.daysInTreatment(on());
  }

  private LocalDate on() {
    return today.in(patient.getSite().getTimeZone());
  }

  public long getPriorEpisodes() {
    return current == null ? Math.max(timeline.size() - 1, 0) : timeline.size() - 1;
  }

  public long getAge() {
    return Period.between(patient.getBirthDate(), on()).getYears();
  }

  /** Whether the user may change the level of care, discharge or undo (counselor, admin). */
  public boolean isMayChange() {
    return current != null
        && (security.isCallerInRole(Role.COUNSELOR) || security.isCallerInRole(Role.ADMINISTRATOR));
  }

  /** Whether the latest episode has a change that can be undone. */
  public boolean isMayUndo() {
    if (!(security.isCallerInRole(Role.COUNSELOR) || security.isCallerInRole(Role.ADMINISTRATOR))) {
      return false;
    }
    return !timeline.isEmpty()
        && (timeline.get(0).getDischargedOn() != null || timeline.get(0).getSegments().size() > 1);
  }

  public String getId() {
    return id;
  }
}
