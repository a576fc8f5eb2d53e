package org.continuumcare.web.patient;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.continuumcare.episode.EpisodeService;
import org.continuumcare.episode.Stay;
import org.continuumcare.episode.Transfer;
import org.continuumcare.episode.TransitionPolicy;
import org.continuumcare.episode.TransitionReason;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.shared.Today;
import org.continuumcare.site.Sites;

/**
 * The "update level of care" dialog: to which level (and site), from when, why. Shows whether the
 * move is a step down, a step up or lateral before it is made; the policy decides.
 */
@Named
@ViewScoped
public class ChangeLevelBacking extends EpisodeDialog {

  @EJB EpisodeService episodes;
  @EJB Sites sites;
  @Inject Today today;
  @Inject ChartBacking chart;

  private LevelOfCare fromLevel;
  private String fromSite;
  private LevelOfCare toLevel;
  private String siteCode;
  private LocalDate effectiveOn;
  private String note;
  private Map<String, String> siteNames;

  public void open() {
    openOn(chart.getPatient(), chart.getCurrent());
    Stay stay = chart.getCurrent().openStay().orElseThrow();
    fromLevel = stay.getLevelOfCare();
    fromSite = stay.getSite().getCode();
    toLevel = null;
    siteCode = fromSite;
    effectiveOn = today.in(null);
    note = null;
    siteNames = new LinkedHashMap<>();
    sites.all().forEach(s -> siteNames.put(s.getCode(), s.getName()));
  }

  public String save() {
    TransitionReason reason = getDirection() == null ? TransitionReason.LATERAL : getDirection();
    return change(
        "levelForm",
        () ->
            episodes.transfer(
                episodeId(), new Transfer(effectiveOn, toLevel, reason, note, siteCode), version()),
        "changeLevel.done",
        toLevel);
  }

  /** The direction of the chosen move, or {@code null} while none is chosen or it is no move. */
  public TransitionReason getDirection() {
    if (toLevel == null || siteCode == null) {
      return null;
    }
    return TransitionPolicy.direction(fromLevel, fromSite, toLevel, siteCode).orElse(null);
  }

  public LevelOfCare[] getLevelsOfCare() {
    return LevelOfCare.values();
  }

  public Map<String, String> getSites() {
    return siteNames;
  }

  public LevelOfCare getFromLevel() {
    return fromLevel;
  }

  public LocalDate getToday() {
    return today.in(null);
  }

  public LevelOfCare getToLevel() {
    return toLevel;
  }

  public void setToLevel(LevelOfCare toLevel) {
    this.toLevel = toLevel;
  }

  public String getSiteCode() {
    return siteCode;
  }

  public void setSiteCode(String siteCode) {
    this.siteCode = siteCode;
  }

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  public void setEffectiveOn(LocalDate effectiveOn) {
    this.effectiveOn = effectiveOn;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
