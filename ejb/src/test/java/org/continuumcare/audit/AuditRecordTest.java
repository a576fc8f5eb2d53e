package org.continuumcare.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditRecordTest {

  private static String recorded(String action) {
    return new AuditRecord(Instant.now(), "carl", null, action, null, null, Outcome.DENIED, false)
        .action();
  }

  @Test
  void aRefusedCallIsRecordedByItsPathWhileItFitsTheAuditTrail() {
    String order = UUID.randomUUID().toString();
    assertEquals(
        "API POST mat-orders/" + order + "/doses",
        recorded("API POST mat-orders/" + order + "/doses"));
  }

  @Test
  void aLongNestedPathHasItsIdsShortenedRatherThanLosingTheRecord() {
    String path =
        "episodes/"
            + UUID.randomUUID()
            + "/aftercare-plan/follow-ups/"
            + UUID.randomUUID()
            + "/contact";
    assertEquals(
        "API POST episodes/{id}/aftercare-plan/follow-ups/{id}/contact",
        recorded("API POST " + path));
    assertTrue(recorded("API GET " + "x".repeat(200)).length() <= AuditRecord.ACTION_WIDTH);
  }
}
