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
import java.time.Instant;
import org.continuumcare.scores.ClinicalScore;
import org.continuumcare.scores.Instrument;
import org.continuumcare.scores.ScoreService;
import org.continuumcare.scores.WithdrawalHistory;

/**
 * Withdrawal scores of a patient (COWS, CIWA-Ar): record one, list them with the reassessment due
 * during withdrawal management.
 */
@Path("patients/{id}/withdrawal-scores")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class WithdrawalScoreResource {

  @EJB ScoreService scores;

  @POST
  public Response record(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") @Valid ScoreRequest body) {
    ClinicalScore score =
        scores.recordWithdrawalScore(
            Ids.parse(id),
            Codes.parse(Instrument.class, body.instrument, "instrument"),
            body.items,
            body.takenAt.toInstant());
    return Response.status(Response.Status.CREATED)
        .entity(ScoreRepresentations.score(score))
        .build();
  }

  /** The scores, latest first, and {@code reassessment} (null outside withdrawal management). */
  @GET
  public JsonObject list(@PathParam("id") String id) {
    WithdrawalHistory history = scores.withdrawalOf(Ids.parse(id));
    JsonArrayBuilder all = Json.createArrayBuilder();
    history.scores().forEach(s -> all.add(ScoreRepresentations.score(s)));
    return Json.createObjectBuilder()
        .add("scores", all)
        .add(
            "reassessment",
            ScoreRepresentations.reassessment(history.reassessment(), Instant.now()))
        .build();
  }
}
