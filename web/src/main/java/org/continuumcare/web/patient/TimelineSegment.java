package org.continuumcare.web.patient;

import java.time.LocalDate;
import org.continuumcare.episode.Stay;
import org.continuumcare.episode.TransitionReason;
import org.continuumcare.levelofcare.LevelOfCare;

/** One stay drawn on the level-of-care timeline, sized by its share of the episode's days. */
public final class TimelineSegment {
  private final Stay stay;
  private final long days;
  private final double share;

  TimelineSegment(Stay stay, LocalDate today, long episodeDays) {
    this.stay = stay;
    this.days = stay.days(today);
    this.share = episodeDays == 0 ? 1 : Math.max(days, 0.5) / episodeDays;
  }

  public LevelOfCare getLevelOfCare() {
    return stay.getLevelOfCare();
  }

  public String getSiteCode() {
    return stay.getSite().getCode();
  }

  public LocalDate getStart() {
    return stay.getStart();
  }

  public LocalDate getEnd() {
    return stay.getEnd();
  }

  public boolean isOpen() {
    return stay.isOpen();
  }

  public long getDays() {
    return days;
  }

  /** Flex weight of the segment (at least a sliver for a same-day stay). */
  public String getFlex() {
    return String.format(java.util.Locale.ROOT, "%.4f", share);
  }

  public TransitionReason getEntryReason() {
    return stay.getEntryReason();
  }

  public String getEntryNote() {
    return stay.getEntryNote();
  }
}
