package org.continuumcare.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.continuumcare.episode.EpisodeService;

/** Episodes of care with their stays (API.md "Episodes"). */
@Path("episodes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EpisodeResource {

  @EJB EpisodeService episodes;

  @GET
  @Path("{id}")
  public JsonObject open(@PathParam("id") String id) {
    return Representations.episode(episodes.open(Ids.parse(id)));
  }

  @PUT
  @Path("{id}/care-team")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject changeCareTeam(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") @Valid CareTeamRequest body) {
    var episode = episodes.changeCareTeam(Ids.parse(id), body.toCareTeam(), body.version);
    return Json.createObjectBuilder().add("version", episode.getVersion()).build();
  }
}
