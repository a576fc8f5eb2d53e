package org.continuumcare.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.continuumcare.scores.ScoreService;

/** Clearing a patient's safety flag with the documented safety assessment. */
@Path("patients/{id}/safety-flag")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SafetyFlagResource {

  @EJB ScoreService scores;

  @POST
  @Path("clearance")
  public JsonValue clear(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") ClearanceRequest body) {
    return ScoreRepresentations.safetyFlag(scores.clearSafetyFlag(Ids.parse(id), body.assessment));
  }
}
