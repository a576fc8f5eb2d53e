package org.continuumcare.web.patient;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.UUID;
import org.continuumcare.aftercare.AftercarePlan;
import org.continuumcare.aftercare.AftercareService;
import org.continuumcare.aftercare.FollowUpOutcome;
import org.continuumcare.aftercare.NewReferral;
import org.continuumcare.aftercare.ReferralKind;
import org.continuumcare.shared.Today;

/**
 * The aftercare dialogs: write the plan, add a referral, record a follow-up contact. Holds ids, the
 * version seen and the form only.
 */
@Named
@ViewScoped
public class AftercareBacking extends ChartDialog {

  private static final long serialVersionUID = 1L;

  @EJB AftercareService aftercare;
  @Inject Today today;
  @Inject ChartBacking chart;
  @Inject AftercareTab tab;

  private String episodeId;
  private String planId;
  private long version;
  private String followUpId;
  private long followUpVersion;
  private LocalDate date;
  private ReferralKind kind;
  private String provider;
  private LocalDate appointmentOn;
  private String note;
  private FollowUpOutcome outcome;

  public void open() {
    openFor(chart.getId());
    episodeId = chart.getLatest().getId().toString();
    AftercarePlan plan = tab.getView() == null ? null : tab.getView().plan();
    planId = plan == null ? null : plan.getId().toString();
    version = plan == null ? 0 : plan.getVersion();
    date =
        chart.getLatest().getDischargedOn() != null
            ? chart.getLatest().getDischargedOn()
            : today.in(null);
    kind = null;
    provider = note = null;
    appointmentOn = null;
    outcome = null;
  }

  public void openContact(String followUpId, long followUpVersion) {
    open();
    this.followUpId = followUpId;
    this.followUpVersion = followUpVersion;
    date = today.in(null);
  }

  public String write() {
    return change(
        "aftercarePlanForm",
        "aftercare",
        () -> aftercare.write(UUID.fromString(episodeId), date),
        "aftercare.written",
        date);
  }

  public String refer() {
    return change(
        "referralForm",
        "aftercare",
        () ->
            aftercare.refer(
                UUID.fromString(planId),
                new NewReferral(kind, provider, appointmentOn, note),
                version),
        "aftercare.referred",
        provider);
  }

  public String recordContact() {
    return change(
        "contactForm",
        "aftercare",
        () ->
            aftercare.recordContact(
                UUID.fromString(followUpId), date, outcome, note, followUpVersion),
        "aftercare.contactRecorded",
        date);
  }

  public ReferralKind[] getKinds() {
    return ReferralKind.values();
  }

  public FollowUpOutcome[] getOutcomes() {
    return FollowUpOutcome.values();
  }

  public LocalDate getToday() {
    return today.in(null);
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public ReferralKind getKind() {
    return kind;
  }

  public void setKind(ReferralKind kind) {
    this.kind = kind;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public LocalDate getAppointmentOn() {
    return appointmentOn;
  }

  public void setAppointmentOn(LocalDate appointmentOn) {
    this.appointmentOn = appointmentOn;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public FollowUpOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(FollowUpOutcome outcome) {
    this.outcome = outcome;
  }
}
