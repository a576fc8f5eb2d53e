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
import org.continuumcare.drugscreen.DrugScreen;
import org.continuumcare.drugscreen.DrugScreenService;

/**
 * A patient's drug screens: {@code POST} records one → 201 with the screen as classified (each
 * result {@code EXPECTED} or {@code UNEXPECTED} against the MAT order active on the collection
 * date, DESIGN.md §3.3); {@code GET} lists them, latest collection first.
 */
@Path("patients/{id}/drug-screens")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DrugScreenResource {

  @EJB DrugScreenService screens;

  @POST
  public Response record(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") @Valid DrugScreenRequest body) {
    DrugScreen screen = screens.record(Ids.parse(id), body.toScreen());
    return Response.status(Response.Status.CREATED).entity(json(screen)).build();
  }

  @GET
  public JsonArray list(@PathParam("id") String id) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    screens.screensOf(Ids.parse(id)).forEach(s -> list.add(json(s)));
    return list.build();
  }

  static JsonObject json(DrugScreen s) {
    JsonArrayBuilder results = Json.createArrayBuilder();
    s.getResults()
        .forEach(
            r ->
                results.add(
                    Json.createObjectBuilder()
                        .add("analyte", r.getAnalyte().name())
                        .add("result", r.isPositive() ? "POSITIVE" : "NEGATIVE")
                        .add("expectation", r.getExpectation().name())));
    return JsonFields.addNullable(
            Json.createObjectBuilder()
                .add("id", s.getId().toString())
                .add("patientId", s.getPatientId().toString())
                .add("collectedAt", s.getCollectedAt().toString())
                .add("specimen", s.getSpecimen().name())
                .add("observed", s.isObserved()),
            "matMedication",
            s.getMatMedication())
        .add("unexpected", s.isUnexpected())
        .add("results", results)
        .add("recordedBy", s.getRecordedBy())
        .build();
  }
}
