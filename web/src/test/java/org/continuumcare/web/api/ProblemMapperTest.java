package org.continuumcare.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

  @Test
  void aRefusedCallIsRecordedByItsPathWhileItFitsTheAuditTrail() {
    String order = UUID.randomUUID().toString();
    assertEquals(
        "API POST mat-orders/" + order + "/doses",
        ProblemMapper.action("POST", "mat-orders/" + order + "/doses"));
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
        ProblemMapper.action("POST", path));
    assertTrue(ProblemMapper.action("GET", "x".repeat(200)).length() <= 80);
  }
}
