package org.continuumcare.web.mat;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.UUID;
import org.continuumcare.mat.MatService;
import org.continuumcare.mat.Phase;

/** The "change phase" dialog: the next phase and from when. */
@Named
@ViewScoped
public class MatPhaseBacking extends MatDialog {

  @EJB MatService mat;

  private UUID orderId;
  private Phase currentPhase;
  private Phase phase;
  private LocalDate effectiveOn;

  public void open() {
    orderId = tab.getActive().getId();
    currentPhase = tab.getPhase();
    phase = null;
    effectiveOn = getToday();
  }

  public void save() {
    change("matPhaseForm", () -> mat.changePhase(orderId, phase, effectiveOn), "mat.phaseChanged");
  }

  public Phase[] getPhases() {
    return Phase.values();
  }

  public Phase getCurrentPhase() {
    return currentPhase;
  }

  public Phase getPhase() {
    return phase;
  }

  public void setPhase(Phase phase) {
    this.phase = phase;
  }

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  public void setEffectiveOn(LocalDate effectiveOn) {
    this.effectiveOn = effectiveOn;
  }
}
