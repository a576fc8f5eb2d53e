package org.continuumcare.web.api;

/** A query parameter that is not of its documented form (HTTP 400 with the field named). */
final class BadParameter extends RuntimeException {
  private final String field;

  BadParameter(String field, String expected, String value) {
    super(field + " must be " + expected + ", not \"" + value + "\".");
    this.field = field;
  }

  String field() {
    return field;
  }
}
