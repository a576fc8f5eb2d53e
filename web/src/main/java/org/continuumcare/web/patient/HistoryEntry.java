package org.continuumcare.web.patient;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.continuumcare.episode.EpisodeEvent;
import org.continuumcare.levelofcare.LevelOfCare;

/** A line of the episode's history, with its time in the server's zone for display. */
public final class HistoryEntry {
  private final EpisodeEvent event;

  HistoryEntry(EpisodeEvent event) {
    this.event = event;
  }

  public LocalDateTime getRecordedAt() {
    return LocalDateTime.ofInstant(event.getRecordedAt(), ZoneId.systemDefault());
  }

  public EpisodeEvent.Kind getKind() {
    return event.getKind();
  }

  public LocalDate getEffectiveOn() {
    return event.getEffectiveOn();
  }

  public LevelOfCare getLevelOfCare() {
    return event.getLevelOfCare();
  }

  public String getReason() {
    return event.getReason();
  }

  public String getNote() {
    return event.getNote();
  }

  public String getRecordedBy() {
    return event.getRecordedBy();
  }
}
