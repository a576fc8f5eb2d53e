package org.continuumcare.episode;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.patient.Patient;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.site.Site;

/**
 * An episode of care: from admission to discharge, an ordered, gap-free chain of {@link Stay}s.
 *
 * <p>Invariants: the first stay starts on the admission date; each stay starts the day the previous
 * one ends; at most one stay is open, and only while the episode is open. The current level of care
 * is that of the open stay — derived, never stored. A patient has at most one open episode; the
 * database enforces that and the absence of overlapping stays as well.
 */
@Entity
@Table(name = "episode")
public class Episode {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  private LocalDate admittedOn;
  private LocalDate dischargedOn;

  @Enumerated(EnumType.STRING)
  private DischargeReason dischargeReason;

  private String dischargeNote;

  @Enumerated(EnumType.STRING)
  private ReferralSource referralSource;

  private String primaryCounselor;
  private String prescriber;

  @OneToMany(mappedBy = "episode", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("seq")
  private List<Stay> stays = new ArrayList<>();

  /** When the episode or one of its stays last changed; makes every change bump the version. */
  private Instant lastChangedAt;

  @Version private long version;

  protected Episode() {}

  private Episode(Patient patient, LocalDate admittedOn, ReferralSource referralSource) {
    this.id = UUID.randomUUID();
    this.patient = patient;
    this.admittedOn = admittedOn;
    this.referralSource = referralSource;
    this.lastChangedAt = Instant.now();
  }

  /**
   * Admits a patient: a new open episode whose first stay starts on {@code admittedOn}. Late entry
   * is allowed; a date in the future or before birth is not.
   */
  public static Episode admit(
      Patient patient,
      LocalDate admittedOn,
      LevelOfCare levelOfCare,
      Site site,
      ReferralSource referralSource,
      String primaryCounselor,
      LocalDate today) {
    if (admittedOn.isAfter(today)) {
      throw new RuleViolation("admittedOn", "episode.admittedInFuture");
    }
    if (admittedOn.isBefore(patient.getBirthDate())) {
      throw new RuleViolation("admittedOn", "episode.admittedBeforeBirth");
    }
    Episode episode = new Episode(patient, admittedOn, referralSource);
    episode.primaryCounselor = blankToNull(primaryCounselor);
    episode.stays.add(new Stay(episode, levelOfCare, site, admittedOn, null, null));
    return episode;
  }

  /**
   * Moves the patient to another level of care (or, laterally, to another site): closes the open
   * stay on {@code effectiveOn} and opens the next one the same day, as {@link TransitionPolicy}
   * allows.
   */
  public Stay transferTo(
      LevelOfCare levelOfCare,
      Site site,
      LocalDate effectiveOn,
      TransitionReason reason,
      String note,
      LocalDate today) {
    Stay open = requireOpenStay();
    TransitionPolicy.check(open, levelOfCare, site, effectiveOn, reason, note, today);
    open.closeOn(effectiveOn);
    Stay next = new Stay(this, levelOfCare, site, effectiveOn, reason, note.trim());
    stays.add(next);
    changed();
    return next;
  }

  /** Discharges: closes the open stay and the episode on {@code dischargedOn}. */
  public void discharge(
      LocalDate dischargedOn, DischargeReason reason, String note, LocalDate today) {
    Stay open = requireOpenStay();
    TransitionPolicy.checkEffectiveDate("dischargedOn", open, dischargedOn, today);
    open.closeOn(dischargedOn);
    this.dischargedOn = dischargedOn;
    this.dischargeReason = reason;
    this.dischargeNote = blankToNull(note);
    changed();
  }

  /**
   * Puts the patient of the open stay in a bed (the bed board checked that it is free and fits the
   * stay's site and level). Only the 24-hour levels have beds.
   */
  public void holdBed(UUID bedId) {
    Stay open = requireOpenStay();
    if (!open.getLevelOfCare().isTwentyFourHour()) {
      throw new RuleViolation("bedId", "bed.notTwentyFourHour", open.getLevelOfCare().name());
    }
    open.holdBed(bedId);
    changed();
  }

  /** What {@link #undoLatest} took back. */
  public enum Undone {
    TRANSITION,
    DISCHARGE
  }

  /**
   * Undoes the latest change entered in error: the discharge if there is one, else the latest
   * transition (its stay is removed and the previous stay reopened). The admission itself cannot be
   * undone this way.
   */
  public Undone undoLatest() {
    if (dischargedOn != null) {
      stays.get(stays.size() - 1).reopen();
      dischargedOn = null;
      dischargeReason = null;
      dischargeNote = null;
      changed();
      return Undone.DISCHARGE;
    }
    if (stays.size() < 2) {
      throw new RuleViolation(null, "undo.nothingToUndo");
    }
    stays.remove(stays.size() - 1);
    stays.get(stays.size() - 1).reopen();
    changed();
    return Undone.TRANSITION;
  }

  private void changed() {
    lastChangedAt = Instant.now();
  }

  private Stay requireOpenStay() {
    return openStay()
        .orElseThrow(() -> new RuleViolation(null, "workflow.episodeDischarged", dischargedOn));
  }

  /**
   * Assigns the care team: primary counselor and prescriber (usernames; {@code null} for none).
   * Their caseloads open the chart (DESIGN.md §5).
   */
  public void assignCareTeam(String primaryCounselor, String prescriber) {
    this.primaryCounselor = blankToNull(primaryCounselor);
    this.prescriber = blankToNull(prescriber);
    changed();
  }

  public EpisodeStatus getStatus() {
    return dischargedOn == null ? EpisodeStatus.OPEN : EpisodeStatus.DISCHARGED;
  }

  public Optional<Stay> openStay() {
    return stays.stream().filter(Stay::isOpen).findFirst();
  }

  /** The level of care of the open stay; empty once discharged. */
  public Optional<LevelOfCare> currentLevelOfCare() {
    return openStay().map(Stay::getLevelOfCare);
  }

  /** Days in treatment: from admission to discharge, or to {@code today} while open. */
  public long daysInTreatment(LocalDate today) {
    return ChronoUnit.DAYS.between(admittedOn, dischargedOn == null ? today : dischargedOn);
  }

  /** The stays in order of their start. */
  public List<Stay> getStays() {
    return Collections.unmodifiableList(stays);
  }

  public UUID getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public LocalDate getAdmittedOn() {
    return admittedOn;
  }

  public LocalDate getDischargedOn() {
    return dischargedOn;
  }

  public DischargeReason getDischargeReason() {
    return dischargeReason;
  }

  public String getDischargeNote() {
    return dischargeNote;
  }

  public ReferralSource getReferralSource() {
    return referralSource;
  }

  public String getPrimaryCounselor() {
    return primaryCounselor;
  }

  public String getPrescriber() {
    return prescriber;
  }

  public long getVersion() {
    return version;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
