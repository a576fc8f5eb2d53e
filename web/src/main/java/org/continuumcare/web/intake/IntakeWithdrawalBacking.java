package org.continuumcare.web.intake;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.continuumcare.intake.WithdrawalScore;
import org.continuumcare.scores.BandSetting;
import org.continuumcare.scores.Instrument;
import org.continuumcare.scores.Severity;
import org.continuumcare.web.patient.ScoreDialogBacking;
import org.continuumcare.web.patient.ScoreDialogBacking.ItemChoice;

/**
 * The withdrawal step of the intake flow: the items of the chosen scale (labelled as in the chart's
 * score dialog) and the total and band as items are picked. The answers live in the flow's form.
 */
@Named
@RequestScoped
public class IntakeWithdrawalBacking {

  @Inject IntakeFlowBacking flow;
  @EJB BandSetting bands;

  private WithdrawalScore score() {
    return flow.getForm().getWithdrawal();
  }

  /** Whether the placed level needs a withdrawal score (WM). */
  public boolean isNeeded() {
    return WithdrawalScore.neededAt(flow.getForm().getPlacement().getPlacedLevel());
  }

  public List<Instrument> getInstruments() {
    return Instrument.of(true);
  }

  public Instrument getInstrument() {
    return score().getInstrument();
  }

  /** Another scale chosen: its items start unanswered. */
  public void setInstrument(Instrument instrument) {
    score().choose(instrument);
  }

  public List<ItemChoice> getItems() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return ScoreDialogBacking.itemsOf(
        score().getInstrument(), true, faces.getApplication().getResourceBundle(faces, "i18n"));
  }

  public int getTotal() {
    return score().total();
  }

  public int getMaxTotal() {
    return score().getInstrument() == null ? 0 : score().getInstrument().maxTotal();
  }

  public int getAnswered() {
    return score().answered();
  }

  public boolean isComplete() {
    return score().complete();
  }

  /** The band of the total so far, under the program's bands. */
  public Severity getSeverity() {
    return score().severity(bands.current());
  }
}
