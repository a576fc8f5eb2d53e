package org.continuumcare.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
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
}
