package org.continuumcare.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import org.continuumcare.scores.ClinicalScore;
import org.continuumcare.scores.Reassessment;
import org.continuumcare.scores.SafetyFlag;

/** The JSON shapes of clinical scores, the reassessment due and the safety flag. */
final class ScoreRepresentations {
  private ScoreRepresentations() {}

  static JsonObject score(ClinicalScore s) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    s.getItems().forEach(items::add);
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", s.getId().toString())
            .add("instrument", s.getInstrument().name())
            .add("takenAt", s.getTakenAt().toString())
            .add("items", items)
            .add("total", s.getTotal())
            .add("severity", s.getSeverity().name())
            .add("recordedBy", s.getRecordedBy())
            .add("recordedAt", s.getRecordedAt().toString())
            .add(
                "episodeId",
                s.getEpisodeId() == null
                    ? JsonValue.NULL
                    : Json.createValue(s.getEpisodeId().toString()));
    if (s.getInstrument().loinc() != null) {
      json.add("loinc", s.getInstrument().loinc());
    }
    return json.build();
  }

  static JsonValue reassessment(Reassessment r, Instant now) {
    if (r == null) {
      return JsonValue.NULL;
    }
    return Json.createObjectBuilder()
        .add("dueAt", r.dueAt().toString())
        .add(
            "lastTakenAt",
            r.lastTakenAt() == null ? JsonValue.NULL : Json.createValue(r.lastTakenAt().toString()))
        .add("overdue", r.overdueAt(now))
        .build();
  }

  static JsonValue safetyFlag(SafetyFlag f) {
    if (f == null) {
      return JsonValue.NULL;
    }
    return Json.createObjectBuilder()
        .add("id", f.getId().toString())
        .add("reason", f.getReason())
        .add("raisedAt", f.getRaisedAt().toString())
        .add("open", f.isOpen())
        .add(
            "clearedAt",
            f.getClearedAt() == null
                ? JsonValue.NULL
                : Json.createValue(f.getClearedAt().toString()))
        .add(
            "clearedBy",
            f.getClearedBy() == null ? JsonValue.NULL : Json.createValue(f.getClearedBy()))
        .build();
  }
}
