package org.continuumcare.web.patient;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.continuumcare.scores.ClinicalScore;
import org.continuumcare.scores.Instrument;
import org.continuumcare.scores.Severity;

/** A recorded score as the chart lists it, its time in the site's zone. */
public class ScoreRow {

  private final ClinicalScore score;
  private final LocalDateTime takenAt;

  ScoreRow(ClinicalScore score, ZoneId zone) {
    this.score = score;
    this.takenAt = LocalDateTime.ofInstant(score.getTakenAt(), zone);
  }

  public Instrument getInstrument() {
    return score.getInstrument();
  }

  public String getInstrumentLabel() {
    return score.getInstrument().label();
  }

  public LocalDateTime getTakenAt() {
    return takenAt;
  }

  public int getTotal() {
    return score.getTotal();
  }

  public int getMaxTotal() {
    return score.getInstrument().maxTotal();
  }

  public Severity getSeverity() {
    return score.getSeverity();
  }

  /** The answers in item order, e.g. "2 1 0 4". */
  public String getAnswers() {
    return score.getItems().stream().map(String::valueOf).collect(Collectors.joining(" "));
  }

  public String getRecordedBy() {
    return score.getRecordedBy();
  }

  public boolean isSafetyConcern() {
    return score.raisesSafetyConcern();
  }
}
