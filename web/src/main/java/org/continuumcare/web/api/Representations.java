package org.continuumcare.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.continuumcare.caseload.CaseloadRow;
import org.continuumcare.episode.Episode;
import org.continuumcare.episode.Stay;
import org.continuumcare.mat.Administration;
import org.continuumcare.mat.MatOrder;
import org.continuumcare.patient.Patient;

/** The JSON shapes of API.md, built explicitly so that nulls appear as {@code null}. */
final class Representations {
  private Representations() {}

  /** A patient with the current episode and the number of episodes before the latest one. */
  static JsonObject patient(Patient p, Optional<Episode> current, int priorEpisodes) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", p.getId().toString())
            .add("mrn", p.getMrn())
            .add("givenName", p.getGivenName())
            .add("familyName", p.getFamilyName())
            .add("birthDate", p.getBirthDate().toString())
            .add("sexAtBirth", p.getSexAtBirth().name())
            .add("primarySubstance", p.getPrimarySubstance().name())
            .add("siteCode", p.getSite().getCode())
            .add("version", p.getVersion())
            .add("priorEpisodes", priorEpisodes);
    if (current.isPresent()) {
      Stay open = current.get().openStay().orElseThrow();
      json.add(
          "currentEpisode",
          Json.createObjectBuilder()
              .add("id", current.get().getId().toString())
              .add("levelOfCare", open.getLevelOfCare().name())
              .add("since", open.getStart().toString()));
    } else {
      json.add("currentEpisode", JsonValue.NULL);
    }
    return json.build();
  }

  static JsonObject episode(Episode e) {
    JsonArrayBuilder stays = Json.createArrayBuilder();
    for (Stay s : e.getStays()) {
      stays.add(
          Json.createObjectBuilder()
              .add("levelOfCare", s.getLevelOfCare().name())
              .add("siteCode", s.getSite().getCode())
              .add("start", s.getStart().toString())
              .add(
                  "end",
                  s.getEnd() == null ? JsonValue.NULL : Json.createValue(s.getEnd().toString())));
    }
    return Json.createObjectBuilder()
        .add("id", e.getId().toString())
        .add("patientId", e.getPatient().getId().toString())
        .add("status", e.getStatus().name())
        .add("admittedOn", e.getAdmittedOn().toString())
        .add("dischargedOn", nullable(e.getDischargedOn()))
        .add("dischargeReason", nullable(e.getDischargeReason()))
        .add("referralSource", e.getReferralSource().name())
        .add("primaryCounselor", nullable(e.getPrimaryCounselor()))
        .add("prescriber", nullable(e.getPrescriber()))
        .add("version", e.getVersion())
        .add("stays", stays)
        .build();
  }

  static JsonObject caseloadRow(CaseloadRow r) {
    return Json.createObjectBuilder()
        .add("id", r.getPatientId().toString())
        .add("mrn", r.getMrn())
        .add("name", r.getName())
        .add("episodeId", r.getEpisodeId().toString())
        .add("levelOfCare", nullable(r.getLevelOfCare()))
        .add("siteCode", nullable(r.getSiteCode()))
        .add("levelSince", nullable(r.getLevelSince()))
        .add(
            "daysInLevel",
            r.getDaysInLevel() == null ? JsonValue.NULL : Json.createValue(r.getDaysInLevel()))
        .add("daysInTreatment", r.getDaysInTreatment())
        .add("dischargedOn", nullable(r.getDischargedOn()))
        .add("primaryCounselor", nullable(r.getPrimaryCounselor()))
        .add("activeMat", nullable(r.getActiveMat()))
        .build();
  }

  static JsonObject matOrder(MatOrder o) {
    JsonArrayBuilder phases = Json.createArrayBuilder();
    o.getPhases()
        .forEach(
            p ->
                phases.add(
                    Json.createObjectBuilder()
                        .add("phase", p.getPhase().name())
                        .add("effectiveOn", p.getEffectiveOn().toString())));
    JsonArrayBuilder doses = Json.createArrayBuilder();
    o.getDoses()
        .forEach(
            d ->
                doses.add(
                    Json.createObjectBuilder()
                        .add("dose", d.getDose())
                        .add("unit", d.getUnit())
                        .add("effectiveOn", d.getEffectiveOn().toString())
                        .add("changedBy", d.getChangedBy())
                        .add("reason", nullable(d.getReason()))));
    return Json.createObjectBuilder()
        .add("id", o.getId().toString())
        .add("patientId", o.getPatientId().toString())
        .add("medication", o.getMedication().name())
        .add("dose", o.getDose())
        .add("unit", o.getUnit())
        .add("prescriber", o.getPrescriber())
        .add("startedOn", o.getStartedOn().toString())
        .add("endedOn", nullable(o.getEndedOn()))
        .add("stopReason", nullable(o.getStopReason()))
        .add("phases", phases)
        .add("doses", doses)
        .add("version", o.getVersion())
        .build();
  }

  static JsonObject administration(Administration a) {
    return Json.createObjectBuilder()
        .add("id", a.getId().toString())
        .add("orderId", a.getOrderId().toString())
        .add("date", a.getDosingDate().toString())
        .add("status", a.getStatus().name())
        .add("dose", a.getDose() == null ? JsonValue.NULL : Json.createValue(a.getDose()))
        .add("unit", nullable(a.getUnit()))
        .add("recordedBy", a.getRecordedBy())
        .add("recordedAt", a.getRecordedAt().toString())
        .add("note", nullable(a.getNote()))
        .build();
  }

  private static JsonValue nullable(Object value) {
    return value == null ? JsonValue.NULL : Json.createValue(value.toString());
  }
}
