package org.continuumcare.web.api;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** Adds values that may be absent as JSON {@code null}, as API.md shows them. */
final class JsonFields {
  private JsonFields() {}

  static JsonObjectBuilder addNullable(JsonObjectBuilder json, String name, Object value) {
    if (value == null) {
      return json.add(name, JsonValue.NULL);
    }
    if (value instanceof Double d) {
      return json.add(name, d);
    }
    if (value instanceof Enum<?> e) {
      return json.add(name, e.name());
    }
    return json.add(name, value.toString());
  }
}
