package org.continuumcare.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.util.UUID;
import org.continuumcare.consent.Consent;
import org.continuumcare.consent.ConsentOnFile;
import org.continuumcare.consent.ConsentService;
import org.continuumcare.consent.Disclosure;
import org.continuumcare.consent.DisclosureService;
import org.continuumcare.shared.RecordNotFound;

/** A patient's Part 2 consents: capture, list, revocation (42 CFR Part 2). */
@Path("patients/{id}/consents")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ConsentResource {

  @EJB ConsentService consents;
  @EJB DisclosureService disclosures;
  @Context UriInfo uri;

  @POST
  public Response capture(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") @Valid ConsentRequest body) {
    Consent c = consents.capture(Ids.parse(id), body.toConsent());
    return Response.created(uri.getAbsolutePathBuilder().path(c.getId().toString()).build())
        .entity(consent(new ConsentOnFile(c, c.statusOn(java.time.LocalDate.now()))))
        .build();
  }

  @GET
  public JsonArray consentsOf(@PathParam("id") String id) {
    JsonArrayBuilder all = Json.createArrayBuilder();
    consents.consentsOf(Ids.parse(id)).forEach(c -> all.add(consent(c)));
    return all.build();
  }

  @POST
  @Path("{consentId}/revocation")
  public JsonObject revoke(
      @PathParam("id") String id,
      @PathParam("consentId") String consentId,
      @NotNull(message = "a JSON body is required") RevocationRequest body) {
    UUID patientId = Ids.parse(id);
    boolean ofThisPatient =
        consents.consentsOf(patientId).stream()
            .anyMatch(c -> c.consent().getId().equals(Ids.parse(consentId)));
    if (!ofThisPatient) {
      throw new RecordNotFound();
    }
    Consent c = consents.revoke(Ids.parse(consentId), body.reason);
    return consent(new ConsentOnFile(c, c.statusOn(java.time.LocalDate.now())));
  }

  static JsonObject consent(ConsentOnFile on) {
    Consent c = on.consent();
    return Json.createObjectBuilder()
        .add("id", c.getId().toString())
        .add("patientId", c.getPatientId().toString())
        .add("status", on.status().name())
        .add("discloser", c.getDiscloser())
        .add("information", c.getInformation())
        .add("recipientKind", c.getRecipientKind().name())
        .add("recipientName", c.getRecipientName())
        .add("purpose", c.getPurpose().name())
        .add("purposeDetail", c.getPurposeDetail())
        .add("revocationRightStated", c.isRevocationRightStated())
        .add("redisclosureStated", c.isRedisclosureStated())
        .add("refusalConsequencesStated", c.isRefusalConsequencesStated())
        .add("expiresOn", nullable(c.getExpiresOn()))
        .add("expiryEvent", nullable(c.getExpiryEvent()))
        .add("signedBy", c.getSignedBy())
        .add("signerRelation", c.getSignerRelation().name())
        .add("signedOn", c.getSignedOn().toString())
        .add("recordedBy", c.getRecordedBy())
        .add("revokedAt", nullable(c.getRevokedAt()))
        .add("revokedBy", nullable(c.getRevokedBy()))
        .add("revocationReason", nullable(c.getRevocationReason()))
        .add("version", c.getVersion())
        .build();
  }

  static JsonObject disclosure(Disclosure d) {
    return Json.createObjectBuilder()
        .add("id", d.getId().toString())
        .add("patientId", d.getPatientId().toString())
        .add("basis", d.getBasis().name())
        .add("consentId", nullable(d.getConsentId()))
        .add("recipientKind", d.getRecipientKind().name())
        .add("recipientName", d.getRecipientName())
        .add("recipientAffiliation", nullable(d.getRecipientAffiliation()))
        .add("purpose", d.getPurpose().name())
        .add("description", d.getDescription())
        .add("emergency", nullable(d.getEmergency()))
        .add("disclosedAt", d.getDisclosedAt().toString())
        .add("disclosedOn", d.getDisclosedOn().toString())
        .add("disclosedBy", d.getDisclosedBy())
        .add("notice", d.getNotice())
        .build();
  }

  private static JsonValue nullable(Object value) {
    return value == null ? JsonValue.NULL : Json.createValue(value.toString());
  }
}
