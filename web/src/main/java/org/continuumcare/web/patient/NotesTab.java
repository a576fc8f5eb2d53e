package org.continuumcare.web.patient;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.continuumcare.note.NoteService;
import org.continuumcare.note.NoteView;

/** Chart tab "Notes": the patient's progress notes, latest first, with their addenda. */
@Named
@RequestScoped
public class NotesTab {

  @EJB NoteService notes;
  @Inject ChartBacking chart;
  @Inject SecurityContext security;

  private List<NoteView> all;

  public List<NoteView> getNotes() {
    if (all == null) {
      all =
          isVisible() && chart.getPatient() != null
              ? notes.notesOf(chart.getPatient().getId())
              : List.of();
    }
    return all;
  }

  /** Intake staff do not read progress notes (DESIGN.md §5). */
  public boolean isVisible() {
    return ChartDialog.mayRead(security);
  }

  public boolean isMayWrite() {
    return chart.getLatest() != null && ChartDialog.mayWrite(security);
  }

  /** Whether the signed-in user may sign this draft (its author). */
  public boolean maySign(NoteView view) {
    return !view.note().isSigned()
        && security.getCallerPrincipal() != null
        && view.note().getAuthor().equals(security.getCallerPrincipal().getName());
  }
}
