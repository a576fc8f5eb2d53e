package org.continuumcare.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import org.continuumcare.episode.EpisodeSpan;
import org.continuumcare.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class ProgressNoteTest {

  private static final EpisodeSpan SPAN =
      new EpisodeSpan(LocalDate.of(2026, 1, 1), null, LocalDate.of(2026, 3, 1));

  private static NewNote note(Attendance attendance, String assessment, boolean sign) {
    return new NewNote(
        LocalDate.of(2026, 2, 1), SessionType.INDIVIDUAL, attendance, "D", assessment, "P", sign);
  }

  @Test
  void aSignedNoteIsFinal() {
    ProgressNote note =
        ProgressNote.write(
            UUID.randomUUID(),
            UUID.randomUUID(),
            note(Attendance.ATTENDED, "A", false),
            SPAN,
            "carl");
    assertEquals(
        "note.notAuthor", assertThrows(RuleViolation.class, () -> note.sign("cora")).key());
    assertEquals(
        "note.addendumToDraft",
        assertThrows(RuleViolation.class, () -> note.addendum("x", "carl")).key());
    note.sign("carl");
    assertTrue(note.isSigned());
    assertEquals(
        "note.signed",
        assertThrows(
                RuleViolation.class,
                () -> note.revise(note(Attendance.ATTENDED, "A", false), SPAN, "carl"))
            .key());
    assertEquals("x", note.addendum(" x ", "carl").getText());
  }

  @Test
  void assessmentAndPlanAreRequiredOnlyWhenThePatientAttended() {
    assertEquals(
        "assessment",
        assertThrows(
                RuleViolation.class,
                () ->
                    ProgressNote.write(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        note(Attendance.ATTENDED, " ", true),
                        SPAN,
                        "c"))
            .field());
    ProgressNote.write(
        UUID.randomUUID(), UUID.randomUUID(), note(Attendance.NO_SHOW, null, true), SPAN, "c");
  }
}
