package org.continuumcare.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.continuumcare.site.Site;
import org.continuumcare.site.Sites;

/** Sites (API.md): {@code POST /sites} by administrators, {@code GET /sites} for everyone. */
@Path("sites")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SiteResource {

  @EJB Sites sites;

  @GET
  public Response all() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    sites.all().forEach(s -> list.add(json(s)));
    return Response.ok(list.build()).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(SiteRequest body) {
    if (body == null) {
      throw new BadParameter("body", "a JSON object with code and name", "");
    }
    Site site = sites.create(body.code, body.name);
    return Response.created(URI.create("sites/" + site.getCode())).entity(json(site)).build();
  }

  private static JsonObject json(Site s) {
    return Json.createObjectBuilder()
        .add("id", s.getId().toString())
        .add("code", s.getCode())
        .add("name", s.getName())
        .add("version", s.getVersion())
        .build();
  }
}
