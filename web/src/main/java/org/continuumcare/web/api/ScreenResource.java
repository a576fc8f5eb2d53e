package org.continuumcare.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.continuumcare.scores.ClinicalScore;
import org.continuumcare.scores.Instrument;
import org.continuumcare.scores.ScoreService;
import org.continuumcare.scores.ScreenHistory;

/**
 * PHQ-9 and GAD-7 screens of a patient: record one (a positive PHQ-9 item 9 raises the safety
 * flag), list them with the open safety flag.
 */
@Path("patients/{id}/screens")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ScreenResource {

  @EJB ScoreService scores;

  @POST
  public Response record(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") @Valid ScoreRequest body) {
    ClinicalScore score =
        scores.recordScreen(
            Ids.parse(id),
            Codes.parse(Instrument.class, body.instrument, "instrument"),
            body.items,
            body.takenAt.toInstant());
    return Response.status(Response.Status.CREATED)
        .entity(
            Json.createObjectBuilder(ScoreRepresentations.score(score))
                .add("safetyConcern", score.raisesSafetyConcern())
                .build())
        .build();
  }

  /** The screens, latest first, and {@code safetyFlag} (the open flag, or null). */
  @GET
  public JsonObject list(@PathParam("id") String id) {
    ScreenHistory history = scores.screensOf(Ids.parse(id));
    JsonArrayBuilder all = Json.createArrayBuilder();
    history.screens().forEach(s -> all.add(ScoreRepresentations.score(s)));
    return Json.createObjectBuilder()
        .add("screens", all)
        .add("safetyFlag", ScoreRepresentations.safetyFlag(history.safetyFlag()))
        .build();
  }
}
