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
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.continuumcare.audit.AuditChain;
import org.continuumcare.audit.AuditFilter;
import org.continuumcare.audit.AuditQueries;
import org.continuumcare.audit.AuditRow;
import org.continuumcare.audit.Verification;
import org.continuumcare.shared.RuleViolation;

/**
 * The audit trail for auditors (and administrators): the log, and the verification of its hash
 * chain. Reading either is itself audited.
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @EJB AuditQueries audit;
  @EJB AuditChain chain;

  /**
   * The log, latest first. {@code from} (inclusive) and {@code to} (exclusive) take an instant
   * ({@code 2026-11-22T10:00:00Z}) or a date, read in UTC ({@code to=2026-11-22} includes that
   * day).
   */
  @GET
  public Response log(
      @QueryParam("patientId") UUID patientId,
      @QueryParam("mrn") String mrn,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("breakGlass") @DefaultValue("false") boolean breakGlassOnly,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    if (page < 0) {
      throw new RuleViolation("page", "paging.page");
    }
    if (size < 1 || size > 200) {
      throw new RuleViolation("size", "paging.size");
    }
    Instant since;
    Instant until;
    try {
      since = instant(from, false);
      until = instant(to, true);
    } catch (DateTimeParseException e) {
      return Problem.response(
          Problem.of(
              400,
              "Bad Request",
              "from and to take an instant (2026-11-22T10:00:00Z) or a date (2026-11-22)."));
    }
    JsonArrayBuilder items = Json.createArrayBuilder();
    audit
        .search(new AuditFilter(patientId, mrn, since, until, breakGlassOnly), page * size, size)
        .forEach(r -> items.add(json(r)));
    return Response.ok(
            Json.createObjectBuilder()
                .add("items", items)
                .add("page", page)
                .add("size", size)
                .build())
        .build();
  }

  /**
   * Links pending rows, recomputes every row's keyed hash and the chain, and names the first row
   * found wrong. Given the head noted at an earlier verification ({@code headSeq} and {@code
   * headHmac}), rows cut from the end of the chain are found too.
   */
  @GET
  @Path("verification")
  public Response verify(
      @QueryParam("headSeq") Long headSeq, @QueryParam("headHmac") String headHmac) {
    if ((headSeq == null) != (headHmac == null || headHmac.isBlank())) {
      return Problem.response(
          Problem.of(400, "Bad Request", "headSeq and headHmac are given together or not at all."));
    }
    Verification v = chain.verify(headSeq, headHmac);
    return Response.ok(
            Json.createObjectBuilder()
                .add("verified", v.verified())
                .add("rowsChecked", v.rowsChecked())
                .add("firstBrokenRow", number(v.firstBrokenRow()))
                .add("reason", text(v.reason()))
                .add("headSeq", number(v.headSeq()))
                .add("headHmac", text(v.headHmac()))
                .build())
        .build();
  }

  private static JsonObject json(AuditRow r) {
    return Json.createObjectBuilder()
        .add("id", r.getId())
        .add("at", r.getAt().toString())
        .add("username", r.getUsername())
        .add("subject", text(r.getSubject()))
        .add("action", r.getAction())
        .add("patientId", text(r.getPatientId()))
        .add("mrn", text(r.getMrn()))
        .add("episodeId", text(r.getEpisodeId()))
        .add("outcome", r.getOutcome().name())
        .add("breakGlass", r.isBreakGlass())
        .build();
  }

  private static Instant instant(String value, boolean end) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.contains("T")) {
      return Instant.parse(value.trim());
    }
    LocalDate day = LocalDate.parse(value.trim());
    return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static JsonValue number(Long value) {
    return value == null ? JsonValue.NULL : Json.createValue(value);
  }

  private static JsonValue text(Object value) {
    return value == null ? JsonValue.NULL : Json.createValue(value.toString());
  }
}
