package org.continuumcare.episode;

import static org.continuumcare.episode.Journeys.EAST;
import static org.continuumcare.episode.Journeys.MAIN;
import static org.continuumcare.episode.Journeys.TODAY;
import static org.continuumcare.episode.Journeys.admittedTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The episode's life cycle: admission, transitions, discharge, undo, and derived values. */
class EpisodeTest {

  @Test
  void admissionOpensOneStayAtTheAdmittedLevel() {
    Episode e = admittedTo(LevelOfCare.WM, 5);
    assertEquals(EpisodeStatus.OPEN, e.getStatus());
    assertEquals(LevelOfCare.WM, e.currentLevelOfCare().orElseThrow());
    assertEquals(TODAY.minusDays(5), e.openStay().orElseThrow().getStart());
    assertNull(e.openStay().orElseThrow().getEntryReason());
    assertEquals(5, e.daysInTreatment(TODAY));
  }

  @Test
  void admissionInTheFutureOrBeforeBirthIsRefused() {
    var patient = Journeys.aPatient();
    assertEquals(
        "episode.admittedInFuture",
        assertThrows(
                RuleViolation.class,
                () ->
                    Episode.admit(
                        patient,
                        TODAY.plusDays(1),
                        LevelOfCare.OP,
                        MAIN,
                        ReferralSource.SELF,
                        null,
                        TODAY))
            .key());
    assertEquals(
        "episode.admittedBeforeBirth",
        assertThrows(
                RuleViolation.class,
                () ->
                    Episode.admit(
                        patient,
                        LocalDate.of(1980, 1, 1),
                        LevelOfCare.OP,
                        MAIN,
                        ReferralSource.SELF,
                        null,
                        TODAY))
            .key());
  }

  @Test
  void aTransitionClosesTheOpenStayAndOpensTheNextTheSameDay() {
    Episode e = admittedTo(LevelOfCare.WM, 10);
    LocalDate on = TODAY.minusDays(5);
    e.transferTo(LevelOfCare.RES, MAIN, on, TransitionReason.STEP_DOWN, "COWS 3", TODAY);

    List<Stay> stays = e.getStays();
    assertEquals(2, stays.size());
    assertEquals(on, stays.get(0).getEnd());
    assertEquals(on, stays.get(1).getStart());
    assertNull(stays.get(1).getEnd());
    assertEquals(5, stays.get(0).days(TODAY));
    assertEquals(5, stays.get(1).days(TODAY));
    assertEquals(10, e.daysInTreatment(TODAY));
    assertEquals("COWS 3", stays.get(1).getEntryNote());
  }

  @Test
  void lateEntryIsAllowedButNeverBeforeTheOpenStayNorInTheFuture() {
    Episode e = admittedTo(LevelOfCare.RES, 30);
    e.transferTo(
        LevelOfCare.IOP, MAIN, TODAY.minusDays(10), TransitionReason.STEP_DOWN, "n", TODAY);

    RuleViolation before =
        assertThrows(
            RuleViolation.class,
            () ->
                e.transferTo(
                    LevelOfCare.OP,
                    MAIN,
                    TODAY.minusDays(11),
                    TransitionReason.STEP_DOWN,
                    "n",
                    TODAY));
    assertEquals("workflow.beforeOpenStay", before.key());
    assertEquals("effectiveOn", before.field());
    RuleViolation future =
        assertThrows(
            RuleViolation.class,
            () ->
                e.transferTo(
                    LevelOfCare.OP,
                    MAIN,
                    TODAY.plusDays(1),
                    TransitionReason.STEP_DOWN,
                    "n",
                    TODAY));
    assertEquals("workflow.inFuture", future.key());
    assertEquals(LevelOfCare.IOP, e.currentLevelOfCare().orElseThrow());
  }

  @Test
  void aTransitionNeedsANote() {
    Episode e = admittedTo(LevelOfCare.IOP, 3);
    assertEquals(
        "transition.noteRequired",
        assertThrows(
                RuleViolation.class,
                () ->
                    e.transferTo(
                        LevelOfCare.OP, MAIN, TODAY, TransitionReason.STEP_DOWN, " ", TODAY))
            .key());
  }

  @Test
  void severalTransitionsOnOneDayKeepTheirOrder() {
    Episode e = admittedTo(LevelOfCare.WM, 0);
    e.transferTo(LevelOfCare.RES, MAIN, TODAY, TransitionReason.STEP_DOWN, "a", TODAY);
    e.transferTo(LevelOfCare.RES, EAST, TODAY, TransitionReason.LATERAL, "b", TODAY);
    assertEquals(
        List.of(LevelOfCare.WM, LevelOfCare.RES, LevelOfCare.RES),
        e.getStays().stream().map(Stay::getLevelOfCare).toList());
    assertEquals(EAST, e.openStay().orElseThrow().getSite());
    assertEquals(0, e.getStays().get(0).days(TODAY));
  }

  @Test
  void dischargeClosesTheStayAndTheEpisode() {
    Episode e = admittedTo(LevelOfCare.OP, 40);
    e.discharge(TODAY.minusDays(1), DischargeReason.COMPLETED, "", TODAY);
    assertEquals(EpisodeStatus.DISCHARGED, e.getStatus());
    assertTrue(e.currentLevelOfCare().isEmpty());
    assertEquals(TODAY.minusDays(1), e.getStays().get(0).getEnd());
    assertEquals(39, e.daysInTreatment(TODAY));
    assertNull(e.getDischargeNote());

    RuleViolation after =
        assertThrows(
            RuleViolation.class,
            () ->
                e.transferTo(LevelOfCare.AC, MAIN, TODAY, TransitionReason.STEP_DOWN, "n", TODAY));
    assertEquals("workflow.episodeDischarged", after.key());
    assertEquals(
        "workflow.episodeDischarged",
        assertThrows(
                RuleViolation.class, () -> e.discharge(TODAY, DischargeReason.OTHER, null, TODAY))
            .key());
  }

  @Test
  void dischargeCannotPredateTheOpenStayNorBeInTheFuture() {
    Episode e = admittedTo(LevelOfCare.RES, 20);
    e.transferTo(LevelOfCare.PHP, MAIN, TODAY.minusDays(5), TransitionReason.STEP_DOWN, "n", TODAY);
    RuleViolation before =
        assertThrows(
            RuleViolation.class,
            () -> e.discharge(TODAY.minusDays(6), DischargeReason.COMPLETED, null, TODAY));
    assertEquals("dischargedOn", before.field());
    assertEquals(
        "workflow.inFuture",
        assertThrows(
                RuleViolation.class,
                () -> e.discharge(TODAY.plusDays(1), DischargeReason.COMPLETED, null, TODAY))
            .key());
    assertEquals(EpisodeStatus.OPEN, e.getStatus());
  }

  @Test
  void undoTakesBackTheDischargeThenTheLatestTransition() {
    Episode e = admittedTo(LevelOfCare.WM, 20);
    e.transferTo(
        LevelOfCare.RES, MAIN, TODAY.minusDays(15), TransitionReason.STEP_DOWN, "n", TODAY);
    e.discharge(TODAY.minusDays(2), DischargeReason.LEFT_AGAINST_ADVICE, "left", TODAY);

    assertEquals(Episode.Undone.DISCHARGE, e.undoLatest());
    assertEquals(EpisodeStatus.OPEN, e.getStatus());
    assertNull(e.getDischargeReason());
    assertEquals(LevelOfCare.RES, e.currentLevelOfCare().orElseThrow());

    assertEquals(Episode.Undone.TRANSITION, e.undoLatest());
    assertEquals(1, e.getStays().size());
    assertEquals(LevelOfCare.WM, e.currentLevelOfCare().orElseThrow());
    assertNull(e.getStays().get(0).getEnd());

    assertEquals("undo.nothingToUndo", assertThrows(RuleViolation.class, e::undoLatest).key());
  }
}
