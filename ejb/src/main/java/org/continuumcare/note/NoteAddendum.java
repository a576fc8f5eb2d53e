package org.continuumcare.note;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A later addition to a signed note: the note stays as signed, the addendum says what changed. */
@Entity
@Table(name = "note_addendum")
public class NoteAddendum {

  @Id private UUID id;
  private UUID noteId;
  private String text;
  private String writtenBy;
  private Instant writtenAt;

  protected NoteAddendum() {}

  NoteAddendum(UUID noteId, String text, String writtenBy) {
    this.id = UUID.randomUUID();
    this.noteId = noteId;
    this.text = text;
    this.writtenBy = writtenBy;
    this.writtenAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  public UUID getNoteId() {
    return noteId;
  }

  public String getText() {
    return text;
  }

  public String getWrittenBy() {
    return writtenBy;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }
}
