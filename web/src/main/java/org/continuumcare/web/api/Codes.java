package org.continuumcare.web.api;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.continuumcare.shared.RuleViolation;

/** Codes in query parameters: an unknown one is 422 naming the parameter and the allowed codes. */
final class Codes {
  private Codes() {}

  static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new RuleViolation(
          field,
          "code.unknown",
          value,
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }
  }
}
