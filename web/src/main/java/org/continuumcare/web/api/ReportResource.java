package org.continuumcare.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.continuumcare.report.OutcomeReports;
import org.continuumcare.report.matstatus.MatStatusParameters;
import org.continuumcare.report.matstatus.MatStatusReport;
import org.continuumcare.report.matstatus.MatStatusRow;
import org.continuumcare.report.matstatus.Ratio;
import org.continuumcare.report.retention.RetentionCounts;
import org.continuumcare.report.retention.RetentionParameters;
import org.continuumcare.report.retention.RetentionReport;
import org.continuumcare.shared.Today;

/**
 * Outcome reports (API.md "Reports", DESIGN.md §4). Malformed parameters answer 400; well-formed
 * ones that break a rule (negative gap, from after to, a future asOf, an unknown site) 422.
 */
@Path("reports")
@RequestScoped
public class ReportResource {

  @EJB OutcomeReports reports;
  @Inject Today today;

  @GET
  @Path("retention")
  @Produces(MediaType.APPLICATION_JSON)
  public Response retention(
      @QueryParam("asOf") String asOf,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("gapDays") String gapDays,
      @QueryParam("siteCode") String siteCode) {
    RetentionParameters parameters =
        new RetentionParameters(
            asOf(asOf),
            date("from", from),
            date("to", to),
            gapDays(gapDays),
            blankToNull(siteCode));
    return Response.ok(json(reports.retention(parameters))).build();
  }

  @GET
  @Path("mat-status")
  @Produces(MediaType.APPLICATION_JSON)
  public Response matStatus(
      @QueryParam("asOf") String asOf,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("siteCode") String siteCode) {
    MatStatusParameters parameters =
        new MatStatusParameters(
            asOf(asOf), date("from", from), date("to", to), blankToNull(siteCode));
    return Response.ok(json(reports.matStatus(parameters))).build();
  }

  static JsonObject json(RetentionReport r) {
    RetentionParameters p = r.getParameters();
    JsonArrayBuilder cohorts = Json.createArrayBuilder();
    r.getCohorts().forEach(c -> cohorts.add(counts(c).add("cohort", c.getCohort())));
    JsonArrayBuilder byLevel = Json.createArrayBuilder();
    r.getByLevel()
        .forEach(l -> byLevel.add(counts(l).add("levelOfCare", l.getLevelOfCare().name())));
    return Json.createObjectBuilder()
        .add(
            "parameters",
            period(p.getAsOf(), p.getFrom(), p.getTo(), p.getSiteCode())
                .add("gapDays", p.getGapDays()))
        .add("cohorts", cohorts)
        .add("byLevel", byLevel)
        .add("total", counts(r.getTotal()))
        .add("definitions", r.getCut().getDefinitionsVersion())
        .add("cutAt", r.getCut().getCutAt().toString())
        .build();
  }

  static JsonObject json(MatStatusReport r) {
    MatStatusParameters p = r.getParameters();
    JsonArrayBuilder byLevel = Json.createArrayBuilder();
    for (MatStatusRow row : r.getByLevel()) {
      JsonObjectBuilder line =
          Json.createObjectBuilder()
              .add("levelOfCare", row.getLevelOfCare().name())
              .add("status", row.getStatus().name());
      JsonFields.addNullable(line, "medication", row.getMedication());
      JsonFields.addNullable(line, "phase", row.getPhase());
      byLevel.add(line.add("patients", row.getPatients()));
    }
    return Json.createObjectBuilder()
        .add("parameters", period(p.getAsOf(), p.getFrom(), p.getTo(), p.getSiteCode()))
        .add("byLevel", byLevel)
        .add("oud", ratio(r.getOud(), "patients", "onMat"))
        .add("continuity180", ratio(r.getContinuity180(), "starts", "continuous"))
        .add("definitions", r.getCut().getDefinitionsVersion())
        .add("cutAt", r.getCut().getCutAt().toString())
        .build();
  }

  private static JsonObjectBuilder counts(RetentionCounts c) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("eligible", c.getEligible())
            .add("retained", c.getRetained())
            .add("excluded", c.getExcluded());
    JsonFields.addNullable(json, "rate", c.getRate());
    return json;
  }

  private static JsonObjectBuilder ratio(Ratio ratio, String denominator, String numerator) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add(denominator, ratio.getDenominator())
            .add(numerator, ratio.getNumerator());
    JsonFields.addNullable(json, "rate", ratio.getRate());
    return json;
  }

  private static JsonObjectBuilder period(
      LocalDate asOf, LocalDate from, LocalDate to, String siteCode) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("asOf", asOf.toString());
    JsonFields.addNullable(json, "from", from);
    JsonFields.addNullable(json, "to", to);
    JsonFields.addNullable(json, "siteCode", siteCode);
    return json;
  }

  private LocalDate asOf(String value) {
    LocalDate asOf = date("asOf", value);
    return asOf == null ? today.in(null) : asOf;
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new BadParameter(name, "a date (YYYY-MM-DD)", value);
    }
  }

  private static int gapDays(String value) {
    if (value == null || value.isBlank()) {
      return RetentionParameters.DEFAULT_GAP_DAYS;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new BadParameter("gapDays", "a whole number of days", value);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
