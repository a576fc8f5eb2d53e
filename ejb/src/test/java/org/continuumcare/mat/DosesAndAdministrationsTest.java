package org.continuumcare.mat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.continuumcare.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A MAT order's dose history (the current dose is the latest change) and the clinic-administered
 * doses recorded against it, with the refused cases and the field each is about.
 */
class DosesAndAdministrationsTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
  private static final LocalDate JAN_7 = LocalDate.of(2025, 1, 7);

  private static MatOrder order(Medication medication, String dose) {
    return MatOrder.start(
        UUID.randomUUID(),
        medication,
        Phase.INDUCTION,
        JAN_7,
        new BigDecimal(dose),
        "mg",
        "pia.prescriber",
        TODAY);
  }

  private static BigDecimal mg(String dose) {
    return new BigDecimal(dose);
  }

  @Test
  void theStartingDoseOpensTheHistoryAndEachChangeBecomesTheCurrentDose() {
    MatOrder order = order(Medication.METHADONE, "30");
    order.changeDose(mg("40"), "mg", LocalDate.of(2025, 1, 10), "COWS 9 at peak", "pia", TODAY);
    order.changeDose(mg("60"), "mg", LocalDate.of(2025, 1, 20), "cravings", "pia", TODAY);

    assertEquals(3, order.getDoses().size());
    assertNull(order.getDoses().get(0).getReason(), "the starting dose has no reason");
    assertEquals("pia.prescriber", order.getDoses().get(0).getChangedBy());
    assertEquals(0, mg("60").compareTo(order.getDose()));
    assertEquals("cravings", order.getDoses().get(2).getReason());
    assertEquals(0, mg("30").compareTo(order.doseOn(JAN_7).getDose()));
    assertEquals(0, mg("30").compareTo(order.doseOn(LocalDate.of(2025, 1, 9)).getDose()));
    assertEquals(0, mg("40").compareTo(order.doseOn(LocalDate.of(2025, 1, 10)).getDose()));
    assertEquals(0, mg("60").compareTo(order.doseOn(TODAY).getDose()));
  }

  @Test
  void refusedDoseChangesSayWhyAndWhichField() {
    MatOrder order = order(Medication.METHADONE, "30");
    order.changeDose(mg("40"), "mg", LocalDate.of(2025, 1, 10), "titration", "pia", TODAY);

    refused(
        "effectiveOn",
        "mat.doseOutOfOrder",
        () -> order.changeDose(mg("50"), "mg", LocalDate.of(2025, 1, 10), "again", "pia", TODAY));
    refused(
        "effectiveOn",
        "workflow.inFuture",
        () -> order.changeDose(mg("50"), "mg", TODAY.plusDays(1), "tomorrow", "pia", TODAY));
    refused(
        "dose",
        "mat.doseUnchanged",
        () -> order.changeDose(mg("40.00"), "mg", TODAY, "same", "pia", TODAY));
    refused(
        "reason",
        "mat.doseReasonRequired",
        () -> order.changeDose(mg("50"), "mg", TODAY, "  ", "pia", TODAY));
    order.stop(TODAY, StopReason.COMPLETED_TAPER, TODAY);
    refused(
        null,
        "mat.orderEnded",
        () -> order.changeDose(mg("50"), "mg", TODAY, "after the end", "pia", TODAY));
  }

  @Test
  void aGivenDoseCarriesTheUnitOrderedThatDay() {
    MatOrder order = order(Medication.METHADONE, "30");
    order.changeDose(mg("60"), "mg", LocalDate.of(2025, 2, 1), "titration", "pia", TODAY);

    Administration given =
        order.administer(
            LocalDate.of(2025, 1, 31), AdministrationStatus.GIVEN, mg("30"), "", "nina", TODAY);
    assertEquals(AdministrationStatus.GIVEN, given.getStatus());
    assertEquals("mg", given.getUnit());
    assertNull(given.getNote(), "a blank note is no note");
    assertEquals(order.getId(), given.getOrderId());
    assertEquals(order.getPatientId(), given.getPatientId());

    Administration missed =
        order.administer(
            TODAY, AdministrationStatus.MISSED, null, "did not come in", "nina", TODAY);
    assertNull(missed.getDose());
    assertNull(missed.getUnit());
    assertEquals("did not come in", missed.getNote());
  }

  @Test
  void administrationsOnlyWithinTheActiveOrderNeverInTheFuture() {
    MatOrder order = order(Medication.METHADONE, "30");
    refused(
        "date",
        "mat.administrationBeforeStart",
        () ->
            order.administer(
                JAN_7.minusDays(1), AdministrationStatus.GIVEN, mg("30"), null, "n", TODAY));
    refused(
        "date",
        "workflow.inFuture",
        () ->
            order.administer(
                TODAY.plusDays(1), AdministrationStatus.GIVEN, mg("30"), null, "n", TODAY));
    order.stop(LocalDate.of(2025, 6, 1), StopReason.COMPLETED_TAPER, TODAY);
    order.administer(
        LocalDate.of(2025, 5, 31), AdministrationStatus.GIVEN, mg("30"), null, "n", TODAY);
    refused(
        "date",
        "mat.administrationAfterEnd",
        () ->
            order.administer(
                LocalDate.of(2025, 6, 1), AdministrationStatus.GIVEN, mg("30"), null, "n", TODAY));
  }

  @Test
  void aDoseOnlyWhenGivenAndNeverAboveTheOrder() {
    MatOrder order = order(Medication.METHADONE, "30");
    refused(
        "dose",
        "mat.administeredDoseRequired",
        () -> order.administer(TODAY, AdministrationStatus.GIVEN, null, null, "n", TODAY));
    refused(
        "dose",
        "mat.noDoseUnlessGiven",
        () -> order.administer(TODAY, AdministrationStatus.REFUSED, mg("30"), null, "n", TODAY));
    RuleViolation above =
        refused(
            "dose",
            "mat.doseAboveOrder",
            () -> order.administer(TODAY, AdministrationStatus.GIVEN, mg("35"), null, "n", TODAY));
    assertEquals(java.util.List.of("30", "mg"), above.args());
    order.administer(TODAY, AdministrationStatus.GIVEN, mg("25"), "split dose", "n", TODAY);
  }

  @Test
  void onlyClinicAdministeredMedicationHasAdministrations() {
    refused(
        null,
        "mat.notClinicAdministered",
        () ->
            order(Medication.BUPRENORPHINE, "16")
                .administer(TODAY, AdministrationStatus.GIVEN, mg("16"), null, "n", TODAY));
    order(Medication.BUPRENORPHINE_XR, "300")
        .administer(TODAY, AdministrationStatus.GIVEN, mg("300"), "injection", "n", TODAY);
    order(Medication.NALTREXONE_XR, "380")
        .administer(TODAY, AdministrationStatus.REFUSED, null, null, "n", TODAY);
  }

  private static RuleViolation refused(String field, String key, Executable change) {
    RuleViolation v = assertThrows(RuleViolation.class, change);
    assertEquals(key, v.key());
    assertEquals(field, v.field());
    return v;
  }
}
