package org.continuumcare.shared;

import jakarta.ejb.ApplicationException;

/**
 * The request collides with the current state of the record (HTTP 409): somebody else changed it
 * first, or it would create a second open episode or overlapping dates.
 */
@ApplicationException(rollback = true)
public class Conflict extends RuntimeException {

  private final String key;

  public Conflict(String key, Object... args) {
    super(Messages.format(key, args));
    this.key = key;
  }

  public String key() {
    return key;
  }
}
