package org.continuumcare.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.continuumcare.mat.MatOrder;
import org.continuumcare.mat.MatService;
import org.continuumcare.mat.Phase;
import org.continuumcare.mat.StopReason;

/** MAT orders: phase changes and stop (API.md "MAT"). */
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

  @POST
  @Path("{id}/stop")
  public JsonObject stop(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") @Valid MatStopRequest body) {
    return Representations.matOrder(
        mat.stop(Ids.parse(id), body.endedOn, StopReason.valueOf(body.reason)));
  }
}
