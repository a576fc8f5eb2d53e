package org.continuumcare.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
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
import org.continuumcare.episode.Episode;
import org.continuumcare.episode.EpisodeService;
import org.continuumcare.patient.Patient;
import org.continuumcare.patient.PatientService;

/** Patients: register, open, admit (API.md "Patients", "Episodes"). */
@Path("patients")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PatientResource {

  @EJB PatientService patients;
  @EJB EpisodeService episodes;
  @Context UriInfo uri;

  @POST
  public Response register(
      @NotNull(message = "a JSON body is required") @Valid PatientRequest body) {
    var registered = patients.register(body.toRegistration());
    Patient p = registered.patient();
    JsonObject json =
        Json.createObjectBuilder()
            .add("id", p.getId().toString())
            .add("mrn", p.getMrn())
            .add("version", p.getVersion())
            .add("possibleDuplicate", registered.possibleDuplicate())
            .build();
    return Response.created(uri.getAbsolutePathBuilder().path(p.getId().toString()).build())
        .entity(json)
        .build();
  }

  @GET
  @Path("{id}")
  public JsonObject open(@PathParam("id") String id) {
    Patient p = patients.open(Ids.parse(id));
    return Representations.patient(p, episodes.openEpisodeOf(p));
  }

  @POST
  @Path("{id}/episodes")
  public Response admit(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") @Valid EpisodeRequest body) {
    Episode e = episodes.admit(Ids.parse(id), body.toAdmission());
    return Response.created(
            uri.getBaseUriBuilder().path("episodes").path(e.getId().toString()).build())
        .entity(
            Json.createObjectBuilder()
                .add("id", e.getId().toString())
                .add("version", e.getVersion())
                .build())
        .build();
  }
}
