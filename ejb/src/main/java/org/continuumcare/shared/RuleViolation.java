package org.continuumcare.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A well-formed request that breaks a rule of the domain (HTTP 422). Carries a message key of the
 * {@code ValidationMessages}-style bundle {@link Messages} and its arguments, so screens and the
 * API show the same text, and optionally the field the rule is about.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

  private final String key;
  private final transient List<Object> args;
  private final String field;

  public RuleViolation(String field, String key, Object... args) {
    super(Messages.format(key, args));
    this.key = key;
    this.args = List.of(args);
    this.field = field;
  }

  public String key() {
    return key;
  }

  public List<Object> args() {
    return args;
  }

  /** The request field the rule is about, or {@code null} when it is about the whole request. */
  public String field() {
    return field;
  }
}
