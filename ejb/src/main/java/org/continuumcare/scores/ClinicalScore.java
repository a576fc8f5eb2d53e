package org.continuumcare.scores;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.continuumcare.shared.RuleViolation;

/**
 * One administration of an instrument for a patient: when it was taken, by whom, the answer to
 * every item, and the total and severity band computed from them. Immutable once recorded; a wrong
 * score is corrected by recording a new one. The band is the one in force when the score was
 * recorded: a later change of the program's CIWA-Ar bands does not rewrite it.
 */
@Entity
@Table(name = "clinical_score")
public class ClinicalScore {

  @Id private UUID id;
  private UUID patientId;
  private UUID episodeId;

  @Enumerated(EnumType.STRING)
  private Instrument instrument;

  private Instant takenAt;

  @Convert(converter = Answers.class)
  private List<Integer> items;

  private int total;

  @Enumerated(EnumType.STRING)
  private Severity severity;

  private String recordedBy;
  private Instant recordedAt;

  protected ClinicalScore() {}

  /**
   * Scores the answers and records them. Refused: a time in the future, a missing item, an answer
   * the item does not allow.
   *
   * @param episodeId the episode open when the score was taken, or {@code null} before admission
   * @param bands the program's bands in force, which band the total
   */
  public static ClinicalScore record(
      UUID patientId,
      UUID episodeId,
      Instrument instrument,
      List<Integer> answers,
      ProgramBands bands,
      Instant takenAt,
      String recordedBy,
      Instant now) {
    if (takenAt.isAfter(now)) {
      throw new RuleViolation("takenAt", "score.takenInFuture");
    }
    int total = instrument.score(answers);
    ClinicalScore score = new ClinicalScore();
    score.id = UUID.randomUUID();
    score.patientId = patientId;
    score.episodeId = episodeId;
    score.instrument = instrument;
    score.takenAt = takenAt;
    score.items = List.copyOf(answers);
    score.total = total;
    score.severity = bands.severityOf(instrument, total);
    score.recordedBy = recordedBy;
    score.recordedAt = now;
    return score;
  }

  /** A PHQ-9 with item 9 (self-harm) answered above 0: needs a same-day safety assessment. */
  public boolean raisesSafetyConcern() {
    return instrument == Instrument.PHQ9 && items.get(Instrument.PHQ9_SELF_HARM_ITEM) > 0;
  }

  public UUID getId() {
    return id;
  }

  public UUID getPatientId() {
    return patientId;
  }

  public UUID getEpisodeId() {
    return episodeId;
  }

  public Instrument getInstrument() {
    return instrument;
  }

  public Instant getTakenAt() {
    return takenAt;
  }

  public List<Integer> getItems() {
    return items;
  }

  public int getTotal() {
    return total;
  }

  public Severity getSeverity() {
    return severity;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
