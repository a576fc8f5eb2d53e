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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.continuumcare.mat.Administration;
import org.continuumcare.mat.MatOrder;
import org.continuumcare.mat.MatService;
import org.continuumcare.mat.Phase;
import org.continuumcare.mat.StopReason;

/**
 * MAT orders: dose and phase changes, stop (API.md "MAT"), and the administrations of
 * clinic-administered medication.
 */
@Path("mat-orders")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MatOrderResource {

  @EJB MatService mat;

  @POST
  @Path("{id}/phases")
  public Response changePhase(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") @Valid MatPhaseRequest body) {
    MatOrder order = mat.changePhase(Ids.parse(id), Phase.valueOf(body.phase), body.effectiveOn);
    return Response.status(Response.Status.CREATED).entity(Representations.matOrder(order)).build();
  }

  /** A dose change: {@code 201} with the order, its dose history and current dose. */
  @POST
  @Path("{id}/doses")
  public Response changeDose(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") @Valid MatDoseRequest body) {
    MatOrder order = mat.changeDose(Ids.parse(id), body.toDoseOrder());
    return Response.status(Response.Status.CREATED).entity(Representations.matOrder(order)).build();
  }

  /** The day's clinic-administered dose: given, missed or refused; one per order and day. */
  @POST
  @Path("{id}/administrations")
  public Response administer(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") @Valid MatAdministrationRequest body) {
    Administration given = mat.administer(Ids.parse(id), body.toAdministration());
    return Response.status(Response.Status.CREATED)
        .entity(Representations.administration(given))
        .build();
  }

  /** The order's administrations, latest first. */
  @GET
  @Path("{id}/administrations")
  public JsonArray administrations(@PathParam("id") String id) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    mat.administrationsOf(Ids.parse(id)).forEach(a -> list.add(Representations.administration(a)));
    return list.build();
  }

  @POST
  @Path("{id}/stop")
  public JsonObject stop(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") @Valid MatStopRequest body) {
    return Representations.matOrder(
        mat.stop(Ids.parse(id), body.endedOn, StopReason.valueOf(body.reason)));
  }
}
