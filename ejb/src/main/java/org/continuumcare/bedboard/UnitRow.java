package org.continuumcare.bedboard;

import java.util.List;
import java.util.UUID;
import org.continuumcare.levelofcare.LevelOfCare;

/** A unit in use with its beds in use, for setting them up; getters for EL. */
public record UnitRow(
    UUID unitId, String name, LevelOfCare levelOfCare, long version, List<BedRow> beds) {

  public UUID getUnitId() {
    return unitId;
  }

  public String getName() {
    return name;
  }

  public LevelOfCare getLevelOfCare() {
    return levelOfCare;
  }

  public long getVersion() {
    return version;
  }

  public List<BedRow> getBeds() {
    return beds;
  }

  public Occupancy getOccupancy() {
    return Occupancy.of(beds.stream().map(BedRow::status).toList());
  }

  /** Whether a patient holds one of its beds (then it cannot be retired). */
  public boolean isOccupied() {
    return beds.stream().anyMatch(b -> b.status() == BedStatus.OCCUPIED);
  }
}
