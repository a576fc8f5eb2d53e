package org.continuumcare.bedboard;

/** What the bed board shows for a bed, derived from its flag and the open stay holding it. */
public enum BedStatus {
  OCCUPIED,
  FREE,
  OUT_OF_SERVICE;

  /** An occupied bed is occupied whatever its flag says; otherwise out of service, or free. */
  public static BedStatus of(boolean outOfService, boolean occupied) {
    if (occupied) {
      return OCCUPIED;
    }
    return outOfService ? OUT_OF_SERVICE : FREE;
  }
}
