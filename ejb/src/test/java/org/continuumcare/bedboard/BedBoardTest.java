package org.continuumcare.bedboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.shared.Conflict;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.site.Site;
import org.junit.jupiter.api.Test;

class BedBoardTest {

  private final Site main = new Site("MAIN", "Main Campus");
  private final Site east = new Site("EAST", "East Campus");
  private final Bed bed = new Bed(new BedUnit(main, "Detox", LevelOfCare.WM), "D1");

  @Test
  void aBedHeldByAnOpenStayIsOccupiedWhateverItsFlag() {
    assertEquals(BedStatus.OCCUPIED, BedStatus.of(false, true));
    assertEquals(BedStatus.OCCUPIED, BedStatus.of(true, true));
    assertEquals(BedStatus.OUT_OF_SERVICE, BedStatus.of(true, false));
    assertEquals(BedStatus.FREE, BedStatus.of(false, false));
  }

  @Test
  void occupancyCountsBedsInServiceOnly() {
    Occupancy o =
        Occupancy.of(
            List.of(
                BedStatus.OCCUPIED, BedStatus.OCCUPIED, BedStatus.FREE, BedStatus.OUT_OF_SERVICE));
    assertEquals(new Occupancy(4, 2, 1, 1), o);
    assertEquals(2.0 / 3, o.rate(), 1e-9);
    assertEquals(0.0, Occupancy.of(List.of(BedStatus.OUT_OF_SERVICE)).rate());
  }

  @Test
  void aBedTakesOnlyAPatientOfItsSiteAndLevelWhenFreeAndInService() {
    bed.checkAssignable(main, LevelOfCare.WM, false);
    assertThrows(Conflict.class, () -> bed.checkAssignable(main, LevelOfCare.WM, true));
    assertEquals(
        "bed.otherSite",
        assertThrows(RuleViolation.class, () -> bed.checkAssignable(east, LevelOfCare.WM, false))
            .key());
    assertEquals(
        "bed.otherLevel",
        assertThrows(RuleViolation.class, () -> bed.checkAssignable(main, LevelOfCare.RES, false))
            .key());
    bed.setOutOfService(true, false);
    assertEquals(
        "bed.outOfService",
        assertThrows(RuleViolation.class, () -> bed.checkAssignable(main, LevelOfCare.WM, false))
            .key());
  }

  @Test
  void anOccupiedBedStaysInService() {
    assertThrows(Conflict.class, () -> bed.setOutOfService(true, true));
    assertThrows(RuleViolation.class, () -> new BedUnit(main, "Day program", LevelOfCare.IOP));
  }

  @Test
  void aRetiredBedTakesNoPatientAndCannotBeChanged() {
    assertEquals(
        "bed.occupiedCannotRetire",
        assertThrows(Conflict.class, () -> bed.retire(Instant.now(), true)).key());
    bed.retire(Instant.now(), false);
    assertTrue(bed.isRetired());
    assertEquals(
        "bed.retired",
        assertThrows(RuleViolation.class, () -> bed.checkAssignable(main, LevelOfCare.WM, false))
            .key());
    assertThrows(RuleViolation.class, () -> bed.relabel("D9"));
    assertThrows(RuleViolation.class, () -> bed.setOutOfService(true, false));
  }

  @Test
  void aRetiredUnitTakesNoNewBedsAndKeepsItsName() {
    BedUnit unit = new BedUnit(main, "  North  ", LevelOfCare.RES);
    assertEquals("North", unit.getName());
    unit.retire(Instant.now());
    assertEquals(
        "bed.unitRetired", assertThrows(RuleViolation.class, () -> new Bed(unit, "N1")).key());
    assertThrows(RuleViolation.class, () -> unit.rename("South"));
  }

  @Test
  void namesAndLabelsAreTrimmedAndRequiredOnTheirField() {
    RuleViolation blank =
        assertThrows(RuleViolation.class, () -> new BedUnit(main, " ", LevelOfCare.WM));
    assertEquals("name", blank.field());
    assertEquals(
        "levelOfCare",
        assertThrows(RuleViolation.class, () -> new BedUnit(main, "Detox", null)).field());
    BedUnit unit = new BedUnit(main, "Detox", LevelOfCare.WM);
    assertEquals("D 2", new Bed(unit, " D 2 ").getLabel());
    assertEquals("label", assertThrows(RuleViolation.class, () -> new Bed(unit, "")).field());
    assertEquals(
        "label",
        assertThrows(RuleViolation.class, () -> new Bed(unit, "A-very-long-bed-label")).field());
  }

  @Test
  void aSeriesNumbersBedsAfterThePrefixOrTakesOneLabelAsTyped() {
    assertEquals(List.of("N5", "N6", "N7"), new BedSeries("N", 5, 3).labels());
    assertEquals(List.of("1", "2"), new BedSeries("", null, 2).labels());
    assertEquals(List.of("Window"), new BedSeries(" Window ", null, 1).labels());
    assertEquals(List.of("R1"), new BedSeries("R", 1, 1).labels());
    assertEquals(
        "count",
        assertThrows(RuleViolation.class, () -> new BedSeries("R", 1, 0).labels()).field());
    assertEquals(
        "count",
        assertThrows(RuleViolation.class, () -> new BedSeries("R", 1, 51).labels()).field());
    assertEquals(
        "label",
        assertThrows(RuleViolation.class, () -> new BedSeries(" ", null, 1).labels()).field());
  }
}
