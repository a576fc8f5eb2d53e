package org.continuumcare.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.Validator;
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
import java.util.UUID;
import org.continuumcare.episode.Episode;
import org.continuumcare.episode.EpisodeService;

/**
 * Episodes of care: read, transitions, discharge, undo, care team (API.md "Episodes"). For every
 * change the {@code version} is checked first — a stale one is 409 even when the request would also
 * break a rule — and only then is the body validated.
 */
@Path("episodes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EpisodeResource {

  @EJB EpisodeService episodes;
  @Inject Validator validator;

  @GET
  @Path("{id}")
  public JsonObject open(@PathParam("id") String id) {
    return Representations.episode(episodes.open(Ids.parse(id)));
  }

  @POST
  @Path("{id}/transitions")
  public Response transfer(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") TransitionRequest body) {
    UUID episodeId = checked(id, body.version, body);
    Episode e = episodes.transfer(episodeId, body.toTransfer(), body.version);
    return Response.status(Response.Status.CREATED).entity(version(e)).build();
  }

  @POST
  @Path("{id}/discharge")
  public JsonObject discharge(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") DischargeRequest body) {
    UUID episodeId = checked(id, body.version, body);
    return version(episodes.discharge(episodeId, body.toDischarge(), body.version));
  }

  @POST
  @Path("{id}/undo")
  public JsonObject undo(
      @PathParam("id") String id, @NotNull(message = "a JSON body is required") UndoRequest body) {
    UUID episodeId = checked(id, body.version, body);
    return version(episodes.undo(episodeId, body.reason, body.version));
  }

  @PUT
  @Path("{id}/care-team")
  public JsonObject changeCareTeam(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") CareTeamRequest body) {
    UUID episodeId = checked(id, body.version, body);
    return version(episodes.changeCareTeam(episodeId, body.toCareTeam(), body.version));
  }

  /** The episode id, once the caller may see it, the version is current and the body valid. */
  private UUID checked(String id, Long version, Object body) {
    UUID episodeId = Ids.parse(id);
    episodes.requireVersion(episodeId, version);
    Bodies.requireValid(validator, body);
    return episodeId;
  }

  private static JsonObject version(Episode e) {
    return Json.createObjectBuilder().add("version", e.getVersion()).build();
  }
}
