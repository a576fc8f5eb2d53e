package org.continuumcare.aftercare;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.continuumcare.episode.EpisodeSpan;
import org.continuumcare.shared.RuleViolation;

/**
 * The aftercare plan written at discharge (DESIGN.md §3.3): referrals to sober living, outpatient
 * care, a MAT provider, vocational services or a 12-step group, each with its provider and first
 * appointment. Planned within the episode (from admission, at the latest on the discharge day);
 * appointments not before the plan. The follow-up contacts are scheduled by the discharge itself.
 */
@Entity
@Table(name = "aftercare_plan")
public class AftercarePlan {

  @Id private UUID id;
  private UUID episodeId;
  private UUID patientId;
  private LocalDate plannedOn;
  private String writtenBy;
  private Instant changedAt;
  @Version private long version;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "plan_id", nullable = false)
  @OrderBy("position")
  private List<Referral> referrals = new ArrayList<>();

  protected AftercarePlan() {}

  public static AftercarePlan write(
      UUID episodeId, UUID patientId, LocalDate plannedOn, EpisodeSpan span, String by) {
    if (plannedOn == null) {
      throw new RuleViolation("plannedOn", "aftercare.dateRequired");
    }
    if (plannedOn.isAfter(span.today())) {
      throw new RuleViolation("plannedOn", "aftercare.dateInFuture");
    }
    if (plannedOn.isBefore(span.admittedOn())
        || (span.dischargedOn() != null && plannedOn.isAfter(span.dischargedOn()))) {
      throw new RuleViolation("plannedOn", "aftercare.outsideEpisode", span.admittedOn());
    }
    AftercarePlan plan = new AftercarePlan();
    plan.id = UUID.randomUUID();
    plan.episodeId = episodeId;
    plan.patientId = patientId;
    plan.plannedOn = plannedOn;
    plan.writtenBy = by;
    plan.changedAt = Instant.now();
    return plan;
  }

  public Referral refer(NewReferral r) {
    if (r.kind() == null) {
      throw new RuleViolation("kind", "aftercare.kindRequired");
    }
    if (r.provider() == null || r.provider().isBlank()) {
      throw new RuleViolation("provider", "aftercare.providerRequired");
    }
    if (r.appointmentOn() != null && r.appointmentOn().isBefore(plannedOn)) {
      throw new RuleViolation("appointmentOn", "aftercare.appointmentBeforePlan", plannedOn);
    }
    Referral referral =
        new Referral(
            referrals.size(),
            r.kind(),
            r.provider().strip(),
            r.appointmentOn(),
            r.note() == null || r.note().isBlank() ? null : r.note().strip());
    referrals.add(referral);
    changedAt = Instant.now();
    return referral;
  }

  public UUID getId() {
    return id;
  }

  public UUID getEpisodeId() {
    return episodeId;
  }

  public UUID getPatientId() {
    return patientId;
  }

  public LocalDate getPlannedOn() {
    return plannedOn;
  }

  public String getWrittenBy() {
    return writtenBy;
  }

  public long getVersion() {
    return version;
  }

  public List<Referral> getReferrals() {
    return referrals;
  }
}
