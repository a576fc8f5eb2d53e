package org.continuumcare.web.patient;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.UUID;
import java.util.function.Supplier;
import org.continuumcare.episode.Episode;
import org.continuumcare.patient.Patient;
import org.continuumcare.web.shell.FormWrites;

/**
 * What the chart's episode dialogs share: the episode and the version the user saw when opening the
 * dialog (a change by someone else meanwhile is refused), and the way a change ends — back to the
 * chart with a message, or the refusal shown in the dialog.
 */
abstract class EpisodeDialog implements Serializable {

  private String patientId;
  private String episodeId;
  private long version;

  /** Opens the dialog on an episode of the patient, at the version the chart shows. */
  void openOn(Patient patient, Episode episode) {
    patientId = patient.getId().toString();
    episodeId = episode.getId().toString();
    version = episode.getVersion();
  }

  UUID episodeId() {
    return UUID.fromString(episodeId);
  }

  long version() {
    return version;
  }

  /**
   * Runs the change once; on success returns to the chart with the bundle message {@code doneKey},
   * else shows why in the dialog's form {@code formId} and stays.
   */
  String change(String formId, Supplier<Episode> change, String doneKey, Object... args) {
    return FormWrites.write(
        FacesContext.getCurrentInstance(),
        formId,
        change::get,
        "/patient/chart?faces-redirect=true&id=" + patientId,
        doneKey,
        args);
  }
}
