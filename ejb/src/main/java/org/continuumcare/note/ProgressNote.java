package org.continuumcare.note;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.continuumcare.episode.EpisodeSpan;
import org.continuumcare.shared.RuleViolation;

/**
 * A DAP progress note of one session in an episode. Written as a draft by its author, who may
 * revise it until they sign it; once signed it is final — a later correction is an {@link
 * NoteAddendum}, and the database itself refuses to change or delete a signed note.
 *
 * <p>Rules: the session date lies within the episode (not before admission, not after discharge)
 * and not in the future; data are always required, assessment and plan when the patient attended (a
 * no-show or excused absence is documented by the data alone).
 */
@Entity
@Table(name = "progress_note")
public class ProgressNote {

  @Id private UUID id;
  private UUID patientId;
  private UUID episodeId;
  private LocalDate sessionOn;

  @Enumerated(EnumType.STRING)
  private SessionType sessionType;

  @Enumerated(EnumType.STRING)
  private Attendance attendance;

  private String data;
  private String assessment;
  private String plan;
  private UUID groupSessionId;
  private String author;
  private String signedBy;
  private Instant signedAt;
  @Version private long version;

  protected ProgressNote() {}

  /** A new note (a draft, or signed at once when the note asks for it). */
  public static ProgressNote write(
      UUID patientId, UUID episodeId, NewNote note, EpisodeSpan span, String author) {
    return write(patientId, episodeId, note, span, author, null);
  }

  private static ProgressNote write(
      UUID patientId,
      UUID episodeId,
      NewNote note,
      EpisodeSpan span,
      String author,
      UUID groupSessionId) {
    ProgressNote written = new ProgressNote();
    written.id = UUID.randomUUID();
    written.patientId = patientId;
    written.episodeId = episodeId;
    written.author = author;
    written.groupSessionId = groupSessionId;
    written.apply(note, span);
    if (note.sign()) {
      written.sign(author);
    }
    return written;
  }

  /** The note of one patient of a group session, signed by the facilitator. */
  public static ProgressNote ofGroup(
      UUID patientId,
      UUID episodeId,
      GroupSession session,
      Attendance attendance,
      EpisodeSpan span) {
    return write(
        patientId,
        episodeId,
        new NewNote(
            session.getHeldOn(),
            SessionType.GROUP,
            attendance,
            session.getTopic() + ": " + session.getNote(),
            null,
            null,
            true),
        span,
        session.getFacilitator(),
        session.getId());
  }

  /** Replaces the text of a draft; only its author may, and only before signing. */
  public void revise(NewNote note, EpisodeSpan span, String by) {
    unsignedAndOwnedBy(by);
    apply(note, span);
    if (note.sign()) {
      sign(by);
    }
  }

  /** Signs the note: its author only, once. */
  public void sign(String by) {
    unsignedAndOwnedBy(by);
    signedBy = by;
    signedAt = Instant.now();
  }

  /** An addendum to a signed note (a draft is simply revised); the note itself is unchanged. */
  public NoteAddendum addendum(String text, String by) {
    if (!isSigned()) {
      throw new RuleViolation(null, "note.addendumToDraft");
    }
    if (text == null || text.isBlank()) {
      throw new RuleViolation("text", "note.addendumRequired");
    }
    return new NoteAddendum(id, text.strip(), by);
  }

  private void unsignedAndOwnedBy(String by) {
    if (isSigned()) {
      throw new RuleViolation(null, "note.signed", signedBy);
    }
    if (!author.equals(by)) {
      throw new RuleViolation(null, "note.notAuthor", author);
    }
  }

  private void apply(NewNote note, EpisodeSpan span) {
    if (note.sessionOn() == null) {
      throw new RuleViolation("sessionOn", "note.sessionOnRequired");
    }
    if (note.sessionOn().isAfter(span.today())) {
      throw new RuleViolation("sessionOn", "note.inFuture");
    }
    if (note.sessionOn().isBefore(span.admittedOn())
        || (span.dischargedOn() != null && note.sessionOn().isAfter(span.dischargedOn()))) {
      throw new RuleViolation("sessionOn", "note.outsideEpisode", span.admittedOn());
    }
    if (note.sessionType() == null) {
      throw new RuleViolation("sessionType", "note.sessionTypeRequired");
    }
    if (note.attendance() == null) {
      throw new RuleViolation("attendance", "note.attendanceRequired");
    }
    if (blank(note.data())) {
      throw new RuleViolation("data", "note.dataRequired");
    }
    // A group session's shared note is its data; each patient's DAP is written on their own.
    boolean dap = groupSessionId == null && note.attendance() == Attendance.ATTENDED;
    if (dap && blank(note.assessment())) {
      throw new RuleViolation("assessment", "note.assessmentRequired");
    }
    if (dap && blank(note.plan())) {
      throw new RuleViolation("plan", "note.planRequired");
    }
    sessionOn = note.sessionOn();
    sessionType = note.sessionType();
    attendance = note.attendance();
    data = note.data().strip();
    assessment = blank(note.assessment()) ? null : note.assessment().strip();
    plan = blank(note.plan()) ? null : note.plan().strip();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public boolean isSigned() {
    return signedAt != null;
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

  public LocalDate getSessionOn() {
    return sessionOn;
  }

  public SessionType getSessionType() {
    return sessionType;
  }

  public Attendance getAttendance() {
    return attendance;
  }

  public String getData() {
    return data;
  }

  public String getAssessment() {
    return assessment;
  }

  public String getPlan() {
    return plan;
  }

  public UUID getGroupSessionId() {
    return groupSessionId;
  }

  public String getAuthor() {
    return author;
  }

  public String getSignedBy() {
    return signedBy;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public long getVersion() {
    return version;
  }
}
