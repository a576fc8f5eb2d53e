package org.continuumcare.mat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.continuumcare.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** A MAT order's life: phases as of a date, the exclusive end, and the refused changes. */
class MatOrderTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
  private static final LocalDate JAN_7 = LocalDate.of(2025, 1, 7);

  private static MatOrder buprenorphine() {
    return MatOrder.start(
        UUID.randomUUID(),
        Medication.BUPRENORPHINE,
        Phase.INDUCTION,
        JAN_7,
        new BigDecimal("8"),
        "mg",
        "pia.prescriber",
        TODAY);
  }

  @Test
  void thePhaseOnADateIsTheLatestEffectiveOnOrBeforeIt() {
    MatOrder order = buprenorphine();
    order.changePhase(Phase.STABILIZATION, LocalDate.of(2025, 1, 14), TODAY);
    order.changePhase(Phase.MAINTENANCE, LocalDate.of(2025, 2, 1), TODAY);

    assertEquals(Optional.empty(), order.phaseOn(LocalDate.of(2025, 1, 6)));
    assertEquals(Optional.of(Phase.INDUCTION), order.phaseOn(JAN_7));
    assertEquals(Optional.of(Phase.INDUCTION), order.phaseOn(LocalDate.of(2025, 1, 13)));
    assertEquals(Optional.of(Phase.STABILIZATION), order.phaseOn(LocalDate.of(2025, 1, 14)));
    assertEquals(Optional.of(Phase.MAINTENANCE), order.phaseOn(TODAY));
  }

  @Test
  void theEndDateIsTheFirstDayWithoutTheMedication() {
    MatOrder order = buprenorphine();
    order.stop(LocalDate.of(2025, 6, 1), StopReason.COMPLETED_TAPER, TODAY);
    assertTrue(order.isActiveOn(LocalDate.of(2025, 5, 31)));
    assertFalse(order.isActiveOn(LocalDate.of(2025, 6, 1)));
    assertFalse(order.isActiveOn(LocalDate.of(2025, 1, 6)));
    assertTrue(order.isActiveOn(JAN_7));
  }

  @Test
  void refusedChangesSayWhy() {
    assertEquals(
        "mat.startInFuture",
        assertThrows(
                RuleViolation.class,
                () ->
                    MatOrder.start(
                        UUID.randomUUID(),
                        Medication.METHADONE,
                        Phase.INDUCTION,
                        TODAY.plusDays(1),
                        BigDecimal.TEN,
                        "mg",
                        "p",
                        TODAY))
            .key());
    MatOrder order = buprenorphine();
    order.changePhase(Phase.STABILIZATION, LocalDate.of(2025, 1, 14), TODAY);
    assertEquals(
        "mat.phaseOutOfOrder",
        assertThrows(
                RuleViolation.class,
                () -> order.changePhase(Phase.MAINTENANCE, LocalDate.of(2025, 1, 14), TODAY))
            .key());
    assertEquals(
        "mat.endBeforeStart",
        assertThrows(
                RuleViolation.class,
                () -> order.stop(LocalDate.of(2025, 1, 10), StopReason.OTHER, TODAY))
            .key());
    order.stop(LocalDate.of(2025, 3, 1), StopReason.PATIENT_CHOICE, TODAY);
    assertEquals(
        "mat.orderEnded",
        assertThrows(RuleViolation.class, () -> order.changePhase(Phase.TAPER, TODAY, TODAY))
            .key());
  }
}
