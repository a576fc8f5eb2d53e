package org.continuumcare.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.continuumcare.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** Recording a score, the safety concern of PHQ-9 item 9, the flag, the reassessment due. */
class ClinicalScoreTest {

  private final Instant now = Instant.parse("2026-12-06T10:00:00Z");
  private final UUID patient = UUID.randomUUID();

  @Test
  void aScoreKeepsItsAnswersTotalAndBand() {
    ClinicalScore s =
        ClinicalScore.record(
            patient,
            null,
            Instrument.COWS,
            List.of(2, 1, 3, 2, 2, 1, 2, 1, 1, 2, 3),
            ProgramBands.DEFAULT,
            now.minusSeconds(600),
            "nina.nurse",
            now);
    assertEquals(20, s.getTotal());
    assertEquals(Severity.MODERATE, s.getSeverity());
    assertEquals(List.of(2, 1, 3, 2, 2, 1, 2, 1, 1, 2, 3), s.getItems());
    assertEquals("nina.nurse", s.getRecordedBy());
    assertFalse(s.raisesSafetyConcern());
  }

  @Test
  void aScoreTakenInTheFutureIsRefusedButNowIsFine() {
    RuleViolation refused =
        assertThrows(
            RuleViolation.class,
            () ->
                ClinicalScore.record(
                    patient,
                    null,
                    Instrument.GAD7,
                    List.of(0, 0, 0, 0, 0, 0, 0),
                    ProgramBands.DEFAULT,
                    now.plusSeconds(1),
                    "x",
                    now));
    assertEquals("takenAt", refused.field());
    assertEquals(
        0,
        ClinicalScore.record(
                patient,
                null,
                Instrument.GAD7,
                List.of(0, 0, 0, 0, 0, 0, 0),
                ProgramBands.DEFAULT,
                now,
                "x",
                now)
            .getTotal());
  }

  @Test
  void phq9Item9AboveZeroIsASafetyConcernAndOnlyThat() {
    for (int item9 = 0; item9 <= 3; item9++) {
      ClinicalScore s = phq9(0, 0, 0, 0, 0, 0, 0, 0, item9);
      assertEquals(item9 > 0, s.raisesSafetyConcern(), "item 9 = " + item9);
    }
    assertFalse(phq9(3, 3, 3, 3, 3, 3, 3, 3, 0).raisesSafetyConcern(), "severe but item 9 = 0");
    ClinicalScore gad = record(Instrument.GAD7, List.of(3, 3, 3, 3, 3, 3, 3));
    assertFalse(gad.raisesSafetyConcern());
  }

  @Test
  void theSafetyFlagSaysWhyAndIsClearedOnlyWithAnAssessment() {
    ClinicalScore positive = phq9(1, 1, 1, 1, 1, 1, 1, 1, 2);
    SafetyFlag flag = SafetyFlag.raisedBy(positive);
    assertEquals("PHQ-9 item 9 = 2", flag.getReason());
    assertTrue(flag.isOpen());
    assertThrows(
        IllegalArgumentException.class, () -> SafetyFlag.raisedBy(phq9(0, 0, 0, 0, 0, 0, 0, 0, 0)));

    RuleViolation blank = assertThrows(RuleViolation.class, () -> flag.clear("  ", "carl", now));
    assertEquals("safety.assessmentRequired", blank.key());
    assertThrows(RuleViolation.class, () -> flag.clear(null, "carl", now));
    assertTrue(flag.isOpen());

    flag.clear(" Columbia screen negative, safety plan made ", "carl", now);
    assertFalse(flag.isOpen());
    assertEquals("Columbia screen negative, safety plan made", flag.getAssessment());
    assertEquals("carl", flag.getClearedBy());
    assertThrows(RuleViolation.class, () -> flag.clear("again", "cora", now));
    assertEquals("carl", flag.getClearedBy());
  }

  @Test
  void reassessmentIsDueFourHoursAfterTheLatestScoreOrFromTheStayStart() {
    Instant stayStart = Instant.parse("2026-12-05T00:00:00Z");
    Reassessment none = Reassessment.during(stayStart, null);
    assertEquals(stayStart, none.dueAt());
    assertNull(none.lastTakenAt());
    assertTrue(none.overdueAt(now));

    Instant taken = now.minus(Duration.ofHours(4));
    Reassessment due = Reassessment.during(stayStart, taken);
    assertEquals(now, due.dueAt());
    assertFalse(due.overdueAt(now), "due exactly now is not overdue yet");
    assertTrue(due.overdueAt(now.plusSeconds(1)));

    Reassessment beforeStay = Reassessment.during(stayStart, stayStart.minusSeconds(60));
    assertEquals(stayStart, beforeStay.dueAt(), "a score before the stay does not count");
  }

  private ClinicalScore phq9(Integer... items) {
    return record(Instrument.PHQ9, List.of(items));
  }

  private ClinicalScore record(Instrument instrument, List<Integer> items) {
    return ClinicalScore.record(
        patient, null, instrument, items, ProgramBands.DEFAULT, now, "cora.counselor", now);
  }
}
