package org.continuumcare.note;

import java.util.List;

/** A note with its addenda, oldest addendum first. */
public record NoteView(ProgressNote note, List<NoteAddendum> addenda) {

  public ProgressNote getNote() {
    return note;
  }

  public List<NoteAddendum> getAddenda() {
    return addenda;
  }
}
