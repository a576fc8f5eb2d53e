package org.continuumcare.episode;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.site.Site;

/**
 * One entry of an episode's clinical history: what changed, effective when, why, entered by whom.
 * Undone entries stay in the history; the undo is an entry of its own. (The security audit trail is
 * separate and records reads as well.)
 */
@Entity
@Table(name = "episode_event")
public class EpisodeEvent {

  /** Kinds of change. */
  public enum Kind {
    ADMITTED,
    TRANSFERRED,
    DISCHARGED,
    TRANSITION_UNDONE,
    DISCHARGE_UNDONE,
    CARE_TEAM_CHANGED
  }

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "episode_id")
  private Episode episode;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private LocalDate effectiveOn;

  @Enumerated(EnumType.STRING)
  private LevelOfCare levelOfCare;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "site_id")
  private Site site;

  private String reason;
  private String note;
  private String recordedBy;
  private Instant recordedAt;

  protected EpisodeEvent() {}

  public EpisodeEvent(
      Episode episode,
      Kind kind,
      LocalDate effectiveOn,
      LevelOfCare levelOfCare,
      Site site,
      String reason,
      String note,
      String recordedBy) {
    this.id = UUID.randomUUID();
    this.episode = episode;
    this.kind = kind;
    this.effectiveOn = effectiveOn;
    this.levelOfCare = levelOfCare;
    this.site = site;
    this.reason = reason;
    this.note = note;
    this.recordedBy = recordedBy;
    this.recordedAt = Instant.now();
  }

  public Kind getKind() {
    return kind;
  }

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  public LevelOfCare getLevelOfCare() {
    return levelOfCare;
  }

  public Site getSite() {
    return site;
  }

  public String getReason() {
    return reason;
  }

  public String getNote() {
    return note;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
