package org.continuumcare.web.patient;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.continuumcare.episode.EpisodeService;

/** The "entered in error" dialog: undoes the latest transition or the discharge, with a reason. */
@Named
@ViewScoped
public class UndoBacking extends EpisodeDialog {

  @EJB EpisodeService episodes;
  @Inject ChartBacking chart;

  private String reason;

  /** Opens on the latest episode (which may be discharged, unlike the other dialogs). */
  public void open() {
    openOn(chart.getPatient(), chart.getTimeline().get(0).episode());
    reason = null;
  }

  public String save() {
    return change("undoForm", () -> episodes.undo(episodeId(), reason, version()), "undo.done");
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
