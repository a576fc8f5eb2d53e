package org.continuumcare.bedboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
