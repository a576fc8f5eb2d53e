package org.continuumcare.web.patient;

import java.time.LocalDate;
import java.util.List;
import org.continuumcare.episode.DischargeReason;
import org.continuumcare.episode.Episode;

/** An episode on the chart's timeline: its dates, status and stays. */
public final class TimelineEpisode {
  private final Episode episode;
  private final long days;
  private final List<TimelineSegment> segments;

  TimelineEpisode(Episode episode, LocalDate today) {
    this.episode = episode;
    this.days = episode.daysInTreatment(today);
    this.segments =
        episode.getStays().stream().map(s -> new TimelineSegment(s, today, days)).toList();
  }

  Episode episode() {
    return episode;
  }

  public String getId() {
    return episode.getId().toString();
  }

  public boolean isOpen() {
    return episode.getDischargedOn() == null;
  }

  public LocalDate getAdmittedOn() {
    return episode.getAdmittedOn();
  }

  public LocalDate getDischargedOn() {
    return episode.getDischargedOn();
  }

  public DischargeReason getDischargeReason() {
    return episode.getDischargeReason();
  }

  public long getDays() {
    return days;
  }

  public List<TimelineSegment> getSegments() {
    return segments;
  }
}
