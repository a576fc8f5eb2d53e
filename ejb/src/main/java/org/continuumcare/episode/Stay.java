package org.continuumcare.episode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.site.Site;

/**
 * Time at one level of care at one site: {@code [start, end)}, end exclusive and {@code null} while
 * open. Created and closed only by its {@link Episode}.
 */
@Entity
@Table(name = "stay")
public class Stay {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "episode_id")
  private Episode episode;

  @Column(name = "patient_id")
  private UUID patientId;

  @Enumerated(EnumType.STRING)
  private LevelOfCare levelOfCare;

  // Sites are small reference data: always loaded with what refers to them.
  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "site_id")
  private Site site;

  @Column(name = "start_on")
  private LocalDate start;

  @Column(name = "end_on")
  private LocalDate end;

  /** Why the patient entered this stay: the transition's direction; {@code null} at admission. */
  @Enumerated(EnumType.STRING)
  private TransitionReason entryReason;

  private String entryNote;

  /** The bed the stay holds (24-hour levels only); the bed is occupied while the stay is open. */
  private UUID bedId;

  /** Position in the episode's chain (0 for the admission). */
  private int seq;

  protected Stay() {}

  Stay(
      Episode episode,
      LevelOfCare levelOfCare,
      Site site,
      LocalDate start,
      TransitionReason entryReason,
      String entryNote) {
    this.id = UUID.randomUUID();
    this.episode = episode;
    this.patientId = episode.getPatient().getId();
    this.levelOfCare = levelOfCare;
    this.site = site;
    this.start = start;
    this.entryReason = entryReason;
    this.entryNote = entryNote;
    this.seq = episode.getStays().size();
  }

  void holdBed(UUID bedId) {
    this.bedId = bedId;
  }

  public UUID getBedId() {
    return bedId;
  }

  void closeOn(LocalDate end) {
    this.end = end;
  }

  void reopen() {
    this.end = null;
  }

  public boolean isOpen() {
    return end == null;
  }

  /** Days at this level: to its end, or to {@code today} while open. */
  public long days(LocalDate today) {
    return ChronoUnit.DAYS.between(start, end == null ? today : end);
  }

  public UUID getId() {
    return id;
  }

  public LevelOfCare getLevelOfCare() {
    return levelOfCare;
  }

  public Site getSite() {
    return site;
  }

  public LocalDate getStart() {
    return start;
  }

  public LocalDate getEnd() {
    return end;
  }

  public TransitionReason getEntryReason() {
    return entryReason;
  }

  public String getEntryNote() {
    return entryNote;
  }
}
