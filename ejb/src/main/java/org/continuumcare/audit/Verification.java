package org.continuumcare.audit;

/**
 * The result of checking the audit trail: how many rows were checked and, when the trail was
 * tampered with, the first row found wrong and why.
 */
public record Verification(boolean verified, long rowsChecked, Long firstBrokenRow, String reason) {

  static Verification ok(long rows) {
    return new Verification(true, rows, null, null);
  }

  static Verification broken(long rows, long row, String reason) {
    return new Verification(false, rows, row, reason);
  }
}
