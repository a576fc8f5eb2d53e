package org.continuumcare.web.patient;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.continuumcare.recovery.ProfileChange;
import org.continuumcare.recovery.RecoveryProfile;
import org.continuumcare.recovery.RecoveryService;
import org.continuumcare.shared.Today;

/** The "recovery profile" dialog: sponsor, current step, home group, sobriety date. */
@Named
@ViewScoped
public class RecoveryProfileDialog extends ChartDialog {

  @EJB RecoveryService recovery;
  @Inject RecoveryBacking tab;
  @Inject ChartBacking chart;
  @Inject Today today;

  private boolean hasSponsor;
  private LocalDate sponsorSince;
  private Integer currentStep;
  private String homeGroup;
  private LocalDate sobrietyDate;
  private long version;

  public void open() {
    openFor(chart.getId());
    RecoveryProfile p = tab.getRecord().profile();
    hasSponsor = p.isHasSponsor();
    sponsorSince = p.getSponsorSince();
    currentStep = p.getCurrentStep();
    homeGroup = p.getHomeGroup();
    sobrietyDate = p.getSobrietyDate();
    version = p.getVersion();
  }

  public void save() {
    if (save(
        "profileForm",
        () ->
            version =
                recovery
                    .changeProfile(
                        patientId(),
                        new ProfileChange(
                            hasSponsor, sponsorSince, currentStep, homeGroup, sobrietyDate),
                        version)
                    .getVersion(),
        "recovery.profile.done")) {
      tab.refresh();
    }
  }

  public LocalDate getToday() {
    return today.in(null);
  }

  public boolean isHasSponsor() {
    return hasSponsor;
  }

  public void setHasSponsor(boolean hasSponsor) {
    this.hasSponsor = hasSponsor;
  }

  public LocalDate getSponsorSince() {
    return sponsorSince;
  }

  public void setSponsorSince(LocalDate sponsorSince) {
    this.sponsorSince = sponsorSince;
  }

  public Integer getCurrentStep() {
    return currentStep;
  }

  public void setCurrentStep(Integer currentStep) {
    this.currentStep = currentStep;
  }

  public String getHomeGroup() {
    return homeGroup;
  }

  public void setHomeGroup(String homeGroup) {
    this.homeGroup = homeGroup;
  }

  public LocalDate getSobrietyDate() {
    return sobrietyDate;
  }

  public void setSobrietyDate(LocalDate sobrietyDate) {
    this.sobrietyDate = sobrietyDate;
  }
}
