package org.continuumcare.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
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
import java.util.UUID;
import org.continuumcare.consent.Disclosure;
import org.continuumcare.consent.DisclosureBasis;
import org.continuumcare.consent.DisclosureService;
import org.continuumcare.consent.EmergencyDisclosure;
import org.continuumcare.consent.Purpose;

/** A patient's accounting of disclosures, and disclosing under consent or in an emergency. */
@Path("patients/{id}/disclosures")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DisclosureResource {

  @EJB DisclosureService disclosures;

  @GET
  public JsonArray disclosuresOf(@PathParam("id") String id) {
    JsonArrayBuilder all = Json.createArrayBuilder();
    disclosures.disclosuresOf(Ids.parse(id)).forEach(d -> all.add(ConsentResource.disclosure(d)));
    return all.build();
  }

  @POST
  public Response disclose(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") @Valid DisclosureRequest body) {
    UUID patientId = Ids.parse(id);
    Disclosure d =
        DisclosureBasis.MEDICAL_EMERGENCY.name().equals(body.basis)
            ? disclosures.discloseInEmergency(
                patientId,
                new EmergencyDisclosure(
                    body.recipient, body.recipientAffiliation, body.emergency, body.description))
            : disclosures.disclose(
                patientId, body.recipient, Purpose.valueOf(body.purpose), body.description);
    return Response.status(Response.Status.CREATED).entity(ConsentResource.disclosure(d)).build();
  }
}
