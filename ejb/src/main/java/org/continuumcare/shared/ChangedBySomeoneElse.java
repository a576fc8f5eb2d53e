package org.continuumcare.shared;

import jakarta.ejb.ApplicationException;

/** A stale version: the record was changed by someone else since the caller read it. */
@ApplicationException(rollback = true)
public class ChangedBySomeoneElse extends Conflict {

  public ChangedBySomeoneElse() {
    super("conflict.changedBySomeoneElse");
  }

  /** Refuses a change made against {@code expected} when the record is at {@code actual}. */
  public static void check(Long expected, long actual) {
    if (expected != null && expected != actual) {
      throw new ChangedBySomeoneElse();
    }
  }
}
