package org.continuumcare.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.continuumcare.audit.AuditChain;
import org.continuumcare.audit.AuditQueries;
import org.continuumcare.audit.Verification;
import org.continuumcare.shared.RuleViolation;

/** The audit trail for auditors: the log, and the verification of its hash chain. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @EJB AuditQueries audit;
  @EJB AuditChain chain;

  @GET
  public JsonObject log(
      @QueryParam("mrn") String mrn,
      @QueryParam("breakGlass") @DefaultValue("false") boolean breakGlassOnly,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    if (page < 0) {
      throw new RuleViolation("page", "paging.page");
    }
    if (size < 1 || size > 200) {
      throw new RuleViolation("size", "paging.size");
    }
    JsonArrayBuilder items = Json.createArrayBuilder();
    audit
        .latest(mrn, breakGlassOnly, page * size, size)
        .forEach(
            r ->
                items.add(
                    Json.createObjectBuilder()
                        .add("id", r.getId())
                        .add("at", r.getAt().toString())
                        .add("username", r.getUsername())
                        .add("subject", text(r.getSubject()))
                        .add("action", r.getAction())
                        .add("patientId", text(r.getPatientId()))
                        .add("episodeId", text(r.getEpisodeId()))
                        .add("outcome", r.getOutcome().name())
                        .add("breakGlass", r.isBreakGlass())));
    return Json.createObjectBuilder().add("items", items).add("page", page).build();
  }

  /** Recomputes every row's keyed hash and the chain; names the first row found wrong. */
  @GET
  @Path("verification")
  public JsonObject verify() {
    Verification v = chain.verify();
    return Json.createObjectBuilder()
        .add("verified", v.verified())
        .add("rowsChecked", v.rowsChecked())
        .add(
            "firstBrokenRow",
            v.firstBrokenRow() == null ? JsonValue.NULL : Json.createValue(v.firstBrokenRow()))
        .add("reason", text(v.reason()))
        .build();
  }

  private static JsonValue text(Object value) {
    return value == null ? JsonValue.NULL : Json.createValue(value.toString());
  }
}
