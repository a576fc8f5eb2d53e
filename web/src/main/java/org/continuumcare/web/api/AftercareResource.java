package org.continuumcare.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.continuumcare.aftercare.AftercarePlan;
import org.continuumcare.aftercare.AftercareService;
import org.continuumcare.aftercare.AftercareView;
import org.continuumcare.aftercare.FollowUp;
import org.continuumcare.aftercare.Referral;
import org.continuumcare.shared.RecordNotFound;

/**
 * The aftercare of an episode: {@code GET} the aftercare plan (its fields {@code null} until
 * written) with its referrals and the follow-up contacts the discharge scheduled; {@code POST}
 * writes the plan (one per episode: a second is 409); {@code POST …/referrals} adds a referral;
 * {@code POST …/follow-ups/{followUpId}/contact} records how a follow-up contact went. A stale
 * {@code version} (of the plan, or of the follow-up) is 409 before any other rule.
 */
@Path("episodes/{id}/aftercare-plan")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AftercareResource {

  @EJB AftercareService aftercare;
  @Inject Validator validator;
  @Context UriInfo uri;

  @GET
  public JsonObject get(@PathParam("id") String id) {
    UUID episodeId = Ids.parse(id);
    return json(episodeId, aftercare.aftercareOf(episodeId));
  }

  @POST
  public Response write(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") AftercarePlanRequest body) {
    UUID episodeId = Ids.parse(id);
    aftercare.write(episodeId, body.plannedOn);
    return Response.created(uri.getAbsolutePath())
        .entity(json(episodeId, aftercare.aftercareOf(episodeId)))
        .build();
  }

  @POST
  @Path("referrals")
  public Response refer(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") ReferralRequest body) {
    UUID episodeId = Ids.parse(id);
    AftercarePlan plan = aftercare.aftercareOf(episodeId).plan();
    if (plan == null) {
      throw new RecordNotFound();
    }
    Bodies.requireCurrentAndValid(validator, body.version, plan.getVersion(), body);
    AftercarePlan changed = aftercare.refer(plan.getId(), body.toReferral(), body.version);
    Referral added = changed.getReferrals().get(changed.getReferrals().size() - 1);
    return Response.created(uri.getAbsolutePathBuilder().path(added.getId().toString()).build())
        .entity(json(episodeId, aftercare.aftercareOf(episodeId)))
        .build();
  }

  @POST
  @Path("follow-ups/{followUpId}/contact")
  public JsonObject recordContact(
      @PathParam("id") String id,
      @PathParam("followUpId") String followUpId,
      @NotNull(message = "a JSON body is required") FollowUpContactRequest body) {
    UUID followUp = Ids.parse(followUpId);
    FollowUp current =
        aftercare.aftercareOf(Ids.parse(id)).followUps().stream()
            .filter(f -> f.getId().equals(followUp))
            .findFirst()
            .orElseThrow(RecordNotFound::new);
    Bodies.requireCurrentAndValid(validator, body.version, current.getVersion(), body);
    return followUp(
            aftercare.recordContact(
                followUp, body.contactedOn, body.toOutcome(), body.note, body.version))
        .build();
  }

  private static JsonObject json(UUID episodeId, AftercareView view) {
    AftercarePlan p = view.plan();
    JsonObjectBuilder json = Json.createObjectBuilder().add("episodeId", episodeId.toString());
    JsonFields.addNullable(json, "id", p == null ? null : p.getId());
    JsonFields.addNullable(json, "plannedOn", p == null ? null : p.getPlannedOn());
    JsonFields.addNullable(json, "writtenBy", p == null ? null : p.getWrittenBy());
    JsonArrayBuilder referrals = Json.createArrayBuilder();
    (p == null ? List.<Referral>of() : p.getReferrals()).forEach(r -> referrals.add(referral(r)));
    JsonArrayBuilder followUps = Json.createArrayBuilder();
    view.followUps().forEach(f -> followUps.add(followUp(f)));
    json.add("referrals", referrals).add("followUps", followUps);
    return (p == null ? json.addNull("version") : json.add("version", p.getVersion())).build();
  }

  private static JsonObjectBuilder referral(Referral r) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", r.getId().toString())
            .add("kind", r.getKind().name())
            .add("provider", r.getProvider());
    JsonFields.addNullable(json, "appointmentOn", r.getAppointmentOn());
    return JsonFields.addNullable(json, "note", r.getNote());
  }

  private static JsonObjectBuilder followUp(FollowUp f) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", f.getId().toString())
            .add("daysAfterDischarge", f.getDaysAfterDischarge())
            .add("dueOn", f.getDueOn().toString());
    JsonFields.addNullable(json, "contactedOn", f.getContactedOn());
    JsonFields.addNullable(json, "outcome", f.getOutcome());
    json.add("reached", f.getOutcome() != null && f.getOutcome().isReached());
    JsonFields.addNullable(json, "note", f.getNote());
    JsonFields.addNullable(json, "recordedBy", f.getRecordedBy());
    return json.add("version", f.getVersion());
  }
}
