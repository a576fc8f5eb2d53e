package org.continuumcare.recovery;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.continuumcare.shared.RuleViolation;

/**
 * A patient's recovery profile: sponsor, current 12-step step, home group and sobriety date. One
 * per patient, created on first use. A relapse resets the sobriety date to the day of the relapse
 * (day 0 of the new count) and is kept as a {@link Relapse} with the date it replaced.
 */
@Entity
@Table(name = "recovery_profile")
public class RecoveryProfile {

  public static final int FIRST_STEP = 1;
  public static final int LAST_STEP = 12;
  public static final int HOME_GROUP_MAX = 120;

  @Id private UUID patientId;
  private boolean hasSponsor;
  private LocalDate sponsorSince;
  private Integer currentStep;
  private String homeGroup;
  private LocalDate sobrietyDate;
  @Version private long version;

  protected RecoveryProfile() {}

  /** An empty profile of a patient: no sponsor, no step, no sobriety date yet. */
  public RecoveryProfile(UUID patientId) {
    this.patientId = patientId;
  }

  /** Replaces the profile; every rule is checked before anything changes. */
  public void change(ProfileChange change, LocalDate today) {
    Integer step = change.currentStep();
    if (step != null && (step < FIRST_STEP || step > LAST_STEP)) {
      throw new RuleViolation("currentStep", "recovery.stepOutOfRange", FIRST_STEP, LAST_STEP);
    }
    if (!change.hasSponsor() && change.sponsorSince() != null) {
      throw new RuleViolation("sponsorSince", "recovery.sponsorSinceWithoutSponsor");
    }
    if (change.sponsorSince() != null && change.sponsorSince().isAfter(today)) {
      throw new RuleViolation("sponsorSince", "workflow.inFuture");
    }
    if (change.sobrietyDate() != null && change.sobrietyDate().isAfter(today)) {
      throw new RuleViolation("sobrietyDate", "workflow.inFuture");
    }
    String group = change.homeGroup() == null ? null : change.homeGroup().strip();
    if (group != null && group.length() > HOME_GROUP_MAX) {
      throw new RuleViolation("homeGroup", "recovery.homeGroupTooLong", HOME_GROUP_MAX);
    }
    hasSponsor = change.hasSponsor();
    sponsorSince = change.sponsorSince();
    currentStep = step;
    homeGroup = group == null || group.isEmpty() ? null : group;
    sobrietyDate = change.sobrietyDate();
  }

  /**
   * A relapse on {@code occurredOn}: not in the future, not before the current sobriety date. The
   * sobriety date becomes the relapse date.
   */
  public Relapse relapse(LocalDate occurredOn, String note, String recordedBy, LocalDate today) {
    if (occurredOn.isAfter(today)) {
      throw new RuleViolation("occurredOn", "workflow.inFuture");
    }
    if (sobrietyDate != null && occurredOn.isBefore(sobrietyDate)) {
      throw new RuleViolation("occurredOn", "recovery.relapseBeforeSobriety", sobrietyDate);
    }
    if (note != null && note.strip().length() > Relapse.NOTE_MAX) {
      throw new RuleViolation("note", "recovery.relapseNoteTooLong", Relapse.NOTE_MAX);
    }
    Relapse relapse = new Relapse(patientId, occurredOn, sobrietyDate, note, recordedBy);
    sobrietyDate = occurredOn;
    return relapse;
  }

  /** Sobriety counted from the sobriety date; empty while none is recorded. */
  public Optional<Sobriety> sobriety() {
    return Optional.ofNullable(sobrietyDate).map(Sobriety::new);
  }

  public UUID getPatientId() {
    return patientId;
  }

  public boolean isHasSponsor() {
    return hasSponsor;
  }

  public LocalDate getSponsorSince() {
    return sponsorSince;
  }

  public Integer getCurrentStep() {
    return currentStep;
  }

  public String getHomeGroup() {
    return homeGroup;
  }

  public LocalDate getSobrietyDate() {
    return sobrietyDate;
  }

  public long getVersion() {
    return version;
  }
}
