package org.continuumcare.bedboard;

import java.util.Collection;

/**
 * Counts of a set of beds by status; the rate is occupied beds over beds in service (a bed out of
 * service is not capacity), 0 when no bed is in service.
 */
public record Occupancy(int beds, int occupied, int free, int outOfService) {

  public static Occupancy of(Collection<BedStatus> statuses) {
    int occupied = 0;
    int free = 0;
    int closed = 0;
    for (BedStatus s : statuses) {
      switch (s) {
        case OCCUPIED -> occupied++;
        case FREE -> free++;
        case OUT_OF_SERVICE -> closed++;
      }
    }
    return new Occupancy(statuses.size(), occupied, free, closed);
  }

  public double rate() {
    int inService = beds - outOfService;
    return inService == 0 ? 0 : (double) occupied / inService;
  }

  public int getBeds() {
    return beds;
  }

  public int getOccupied() {
    return occupied;
  }

  public int getFree() {
    return free;
  }

  public int getOutOfService() {
    return outOfService;
  }

  /** Beds that can take a patient or hold one: all but those out of service. */
  public int getInService() {
    return beds - outOfService;
  }
}
