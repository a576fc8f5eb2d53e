package org.continuumcare.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.continuumcare.recovery.Meeting;
import org.continuumcare.recovery.RecoveryProfile;
import org.continuumcare.recovery.RecoveryRecord;
import org.continuumcare.recovery.RecoveryService;
import org.continuumcare.recovery.Relapse;
import org.continuumcare.recovery.Sobriety;
import org.continuumcare.shared.Today;

/**
 * Recovery support (12-step): {@code GET /patients/{id}/recovery} the profile with days sober and
 * milestones, meetings and relapses; {@code PUT} the profile (with its {@code version}); {@code
 * POST …/meetings} a meeting attended; {@code POST …/relapses} a relapse, which resets the sobriety
 * date.
 */
@Path("patients/{id}/recovery")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RecoveryResource {

  @EJB RecoveryService recovery;
  @Inject Today today;

  @GET
  public JsonObject get(@PathParam("id") String id) {
    return json(recovery.recordOf(Ids.parse(id)));
  }

  @PUT
  public JsonObject change(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") @Valid RecoveryProfileRequest body) {
    UUID patientId = Ids.parse(id);
    recovery.changeProfile(patientId, body.toChange(), body.version);
    return json(recovery.recordOf(patientId));
  }

  @POST
  @Path("meetings")
  public Response attend(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") @Valid MeetingRequest body) {
    Meeting m = recovery.attend(Ids.parse(id), body.toMeeting());
    return Response.status(Response.Status.CREATED).entity(meeting(m).build()).build();
  }

  @POST
  @Path("relapses")
  public Response relapse(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") @Valid RelapseRequest body) {
    UUID patientId = Ids.parse(id);
    recovery.relapse(patientId, body.occurredOn, body.note, body.version);
    return Response.status(Response.Status.CREATED)
        .entity(json(recovery.recordOf(patientId)))
        .build();
  }

  private JsonObject json(RecoveryRecord r) {
    RecoveryProfile p = r.profile();
    LocalDate on = today.in(null);
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("patientId", p.getPatientId().toString())
            .add("hasSponsor", p.isHasSponsor());
    JsonFields.addNullable(json, "sponsorSince", p.getSponsorSince());
    if (p.getCurrentStep() != null) {
      json.add("currentStep", p.getCurrentStep());
    } else {
      json.addNull("currentStep");
    }
    JsonFields.addNullable(json, "homeGroup", p.getHomeGroup());
    JsonFields.addNullable(json, "sobrietyDate", p.getSobrietyDate());
    if (p.sobriety().isPresent()) {
      Sobriety s = p.sobriety().get();
      JsonArrayBuilder reached = Json.createArrayBuilder();
      s.reached(on).forEach(m -> reached.add(m.days()));
      JsonObjectBuilder sobriety =
          Json.createObjectBuilder().add("daysSober", s.days(on)).add("milestonesReached", reached);
      s.next(on)
          .ifPresentOrElse(
              m ->
                  sobriety.add(
                      "nextMilestone",
                      Json.createObjectBuilder()
                          .add("days", m.days())
                          .add("on", s.dateOf(m).toString())),
              () -> sobriety.addNull("nextMilestone"));
      json.add("sobriety", sobriety);
    } else {
      json.addNull("sobriety");
    }
    JsonArrayBuilder meetings = Json.createArrayBuilder();
    r.meetings().forEach(m -> meetings.add(meeting(m)));
    JsonArrayBuilder relapses = Json.createArrayBuilder();
    r.relapses().forEach(x -> relapses.add(relapse(x)));
    return json.add("meetings", meetings)
        .add("relapses", relapses)
        .add("version", p.getVersion())
        .build();
  }

  private static JsonObjectBuilder meeting(Meeting m) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", m.getId().toString())
            .add("attendedOn", m.getAttendedOn().toString())
            .add("fellowship", m.getFellowship().name());
    return JsonFields.addNullable(json, "note", m.getNote());
  }

  private static JsonObjectBuilder relapse(Relapse r) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", r.getId().toString())
            .add("occurredOn", r.getOccurredOn().toString());
    JsonFields.addNullable(json, "previousSobrietyDate", r.getPreviousSobrietyDate());
    return JsonFields.addNullable(json, "note", r.getNote());
  }
}
