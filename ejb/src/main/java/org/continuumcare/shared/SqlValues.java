package org.continuumcare.shared;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Values of native-query rows as Java time types, whichever JDBC type the driver handed over. */
public final class SqlValues {

  private SqlValues() {}

  /** A {@code date} column, or {@code null}. */
  public static LocalDate date(Object value) {
    if (value == null || value instanceof LocalDate) {
      return (LocalDate) value;
    }
    return ((Date) value).toLocalDate();
  }

  /** A {@code timestamptz} column, or {@code null}. */
  public static Instant instant(Object value) {
    if (value == null || value instanceof Instant) {
      return (Instant) value;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }
}
