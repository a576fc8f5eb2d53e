package org.continuumcare.web.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.continuumcare.shared.ChangedBySomeoneElse;

/**
 * API.md's order for a change: a stale {@code version} is 409 before anything else is checked, then
 * the body's constraints (422 naming the fields), then the service's rules.
 */
final class Bodies {

  private Bodies() {}

  /** Refuses a stale {@code version} (against {@code current}), then an invalid {@code body}. */
  static void requireCurrentAndValid(Validator validator, Long version, long current, Object body) {
    ChangedBySomeoneElse.check(version, current);
    requireValid(validator, body);
  }

  /** Refuses a body that breaks its bean-validation constraints, every violation named. */
  static void requireValid(Validator validator, Object body) {
    var violations = validator.validate(body);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
  }
}
