package org.continuumcare.web.api;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Body of {@code POST /patients/{id}/withdrawal-scores} and {@code POST /patients/{id}/screens}:
 * the instrument, when it was taken (date-time with offset) and one answer per item in the
 * instrument's order. Whether the instrument fits the resource, and each answer, are domain rules
 * (422 naming the item).
 */
public class ScoreRequest {
  @NotNull public String instrument;
  @NotNull public OffsetDateTime takenAt;
  @NotNull public List<Integer> items;
}
