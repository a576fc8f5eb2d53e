package org.continuumcare.web.api;

import java.util.UUID;
import org.continuumcare.shared.RecordNotFound;

/**
 * Ids are opaque strings to callers; a malformed one resolves to nothing (404), like an unknown
 * one.
 */
final class Ids {
  private Ids() {}

  static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new RecordNotFound();
    }
  }
}
