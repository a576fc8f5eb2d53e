package org.continuumcare.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.continuumcare.caseload.CaseloadQueries;
import org.continuumcare.episode.Episode;
import org.continuumcare.episode.EpisodeService;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.mat.MatOrder;
import org.continuumcare.mat.MatService;
import org.continuumcare.patient.Patient;
import org.continuumcare.patient.PatientService;
import org.continuumcare.security.BreakGlass;
import org.continuumcare.security.BreakGlassService;
import org.continuumcare.shared.RuleViolation;

/** Patients: register, open, admit (API.md "Patients", "Episodes"). */
@Path("patients")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PatientResource {

  @EJB PatientService patients;
  @EJB EpisodeService episodes;
  @EJB CaseloadQueries caseload;
  @EJB BreakGlassService breakGlass;
  @EJB MatService mat;
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

  /** The caller's caseload (or, for intake and administrators, every patient), searched. */
  @GET
  public JsonObject search(
      @QueryParam("query") String query,
      @QueryParam("levelOfCare") String levelOfCare,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("25") int size) {
    // Checked here rather than by @Min/@Max: Payara's OpenAPI generator fails on those (6.2025).
    if (page < 0) {
      throw new RuleViolation("page", "paging.page");
    }
    if (size < 1 || size > 200) {
      throw new RuleViolation("size", "paging.size");
    }
    LevelOfCare level = null;
    if (levelOfCare != null && !levelOfCare.isBlank()) {
      level = Codes.parse(LevelOfCare.class, levelOfCare, "levelOfCare");
    }
    CaseloadQueries.Page result = caseload.search(query, level, page, size);
    JsonArrayBuilder items = Json.createArrayBuilder();
    result.rows().forEach(r -> items.add(Representations.caseloadRow(r)));
    return Json.createObjectBuilder()
        .add("items", items)
        .add("page", page)
        .add("size", size)
        .add("total", result.total())
        .build();
  }

  /** Starts a MAT order (one active order at a time: a second is 409). */
  @POST
  @Path("{id}/mat-orders")
  public Response startMat(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") @Valid MatOrderRequest body) {
    MatOrder order = mat.start(Ids.parse(id), body.toOrder());
    return Response.created(
            uri.getBaseUriBuilder().path("mat-orders").path(order.getId().toString()).build())
        .entity(
            Json.createObjectBuilder()
                .add("id", order.getId().toString())
                .add("version", order.getVersion())
                .build())
        .build();
  }

  /** The patient's MAT orders with their phases, latest first. */
  @GET
  @Path("{id}/mat-orders")
  public JsonArray matOrders(@PathParam("id") String id) {
    JsonArrayBuilder orders = Json.createArrayBuilder();
    mat.ordersOf(Ids.parse(id)).forEach(o -> orders.add(Representations.matOrder(o)));
    return orders.build();
  }

  /** Records that the patient declined MAT. */
  @POST
  @Path("{id}/mat-declined")
  public Response declineMat(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") @Valid MatDeclinedRequest body) {
    var declined = mat.decline(Ids.parse(id), body.decidedOn);
    return Response.status(Response.Status.CREATED)
        .entity(Json.createObjectBuilder().add("id", declined.getId().toString()).build())
        .build();
  }

  /** Break-the-glass: time-boxed access to a chart outside the caseload, with a reason. */
  @POST
  @Path("{id}/break-glass")
  public Response breakGlass(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") @Valid BreakGlassRequest body) {
    BreakGlass grant = breakGlass.grant(Ids.parse(id), body.reason);
    return Response.status(Response.Status.CREATED)
        .entity(
            Json.createObjectBuilder().add("expiresAt", grant.getExpiresAt().toString()).build())
        .build();
  }

  @GET
  @Path("{id}")
  public JsonObject open(@PathParam("id") String id) {
    Patient p = patients.open(Ids.parse(id));
    int episodesSoFar = episodes.episodesOf(p).size();
    return Representations.patient(p, episodes.openEpisodeOf(p), Math.max(episodesSoFar - 1, 0));
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
