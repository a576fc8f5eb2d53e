package org.continuumcare.web.mat;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.UUID;
import org.continuumcare.mat.MatService;
import org.continuumcare.mat.StopReason;

/** The "stop MAT" dialog: the first day without the medication, and why. */
@Named
@ViewScoped
public class MatStopBacking extends MatDialog {

  @EJB MatService mat;

  private UUID orderId;
  private LocalDate endedOn;
  private StopReason reason;

  public void open() {
    orderId = tab.getActive().getId();
    endedOn = getToday();
    reason = null;
  }

  public void save() {
    change("matStopForm", () -> mat.stop(orderId, endedOn, reason), "mat.stopped");
  }

  public StopReason[] getReasons() {
    return StopReason.values();
  }

  /** The latest first day without medication that may be entered: tomorrow. */
  public LocalDate getTomorrow() {
    return getToday().plusDays(1);
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public void setEndedOn(LocalDate endedOn) {
    this.endedOn = endedOn;
  }

  public StopReason getReason() {
    return reason;
  }

  public void setReason(StopReason reason) {
    this.reason = reason;
  }
}
