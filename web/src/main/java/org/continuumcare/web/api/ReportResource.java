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
import org.continuumcare.report.ReportCut;
import org.continuumcare.report.ReportPeriod;
import org.continuumcare.report.activity.ActivityReport;
import org.continuumcare.report.census.CensusReport;
import org.continuumcare.report.followup.FollowUpMeasure;
import org.continuumcare.report.followup.FollowUpReport;
import org.continuumcare.report.followup.FollowUpRow;
import org.continuumcare.report.matstatus.MatStatusParameters;
import org.continuumcare.report.matstatus.MatStatusReport;
import org.continuumcare.report.matstatus.MatStatusRow;
import org.continuumcare.report.matstatus.Ratio;
import org.continuumcare.report.retention.RetentionCounts;
import org.continuumcare.report.retention.RetentionParameters;
import org.continuumcare.report.retention.RetentionReport;
import org.continuumcare.report.stepdown.StepDownReport;
import org.continuumcare.report.stepdown.StepDownRow;
import org.continuumcare.shared.Today;

/**
 * Outcome reports (API.md "Reports", DESIGN.md §4): retention and MAT status as API.md specifies
 * them, plus census/length of stay, activity by reason and step-down continuity (DESIGN.md §4.3) in
 * the same style. Malformed parameters answer 400; well-formed ones that break a rule (negative
 * gap, from after to, a future asOf, an unknown site) 422.
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

  @GET
  @Path("census")
  @Produces(MediaType.APPLICATION_JSON)
  public Response census(
      @QueryParam("asOf") String asOf,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("siteCode") String siteCode) {
    CensusReport r = reports.census(period(asOf, from, to, siteCode));
    JsonArrayBuilder census = Json.createArrayBuilder();
    r.getCensus()
        .forEach(
            c ->
                census.add(
                    Json.createObjectBuilder()
                        .add("levelOfCare", c.getLevelOfCare().name())
                        .add("siteCode", c.getSiteCode())
                        .add("patients", c.getPatients())));
    JsonArrayBuilder los = Json.createArrayBuilder();
    r.getLengthOfStay()
        .forEach(
            l ->
                los.add(
                    Json.createObjectBuilder()
                        .add("levelOfCare", l.getLevelOfCare().name())
                        .add("stays", l.getStays())
                        .add("medianDays", l.getMedianDays())
                        .add("meanDays", l.getMeanDays())));
    return Response.ok(
            withCut(
                    Json.createObjectBuilder()
                        .add("parameters", period(r.getParameters()))
                        .add("census", census)
                        .add("total", r.getTotal())
                        .add(
                            "lengthOfStay",
                            Json.createObjectBuilder()
                                .add("from", r.getLosFrom().toString())
                                .add("to", r.getLosTo().toString())
                                .add("byLevel", los)),
                    r.getCut())
                .build())
        .build();
  }

  @GET
  @Path("activity")
  @Produces(MediaType.APPLICATION_JSON)
  public Response activity(
      @QueryParam("asOf") String asOf,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("siteCode") String siteCode) {
    ActivityReport r = reports.activity(period(asOf, from, to, siteCode));
    JsonArrayBuilder rows = Json.createArrayBuilder();
    r.getRows()
        .forEach(
            a ->
                rows.add(
                    Json.createObjectBuilder()
                        .add("month", a.getMonth())
                        .add("kind", a.getKind().name())
                        .add("reason", a.getReason())
                        .add("count", a.getCount())));
    return Response.ok(
            withCut(
                    Json.createObjectBuilder()
                        .add("parameters", period(r.getParameters()))
                        .add("period", span(r.getFrom(), r.getTo()))
                        .add("rows", rows),
                    r.getCut())
                .build())
        .build();
  }

  @GET
  @Path("step-down")
  @Produces(MediaType.APPLICATION_JSON)
  public Response stepDown(
      @QueryParam("asOf") String asOf,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("siteCode") String siteCode) {
    StepDownReport r = reports.stepDown(period(asOf, from, to, siteCode));
    JsonArrayBuilder byLevel = Json.createArrayBuilder();
    r.getByLevel().forEach(l -> byLevel.add(stepDown(l)));
    return Response.ok(
            withCut(
                    Json.createObjectBuilder()
                        .add("parameters", period(r.getParameters()))
                        .add("period", span(r.getFrom(), r.getTo()))
                        .add("byLevel", byLevel)
                        .add("total", stepDown(r.getTotal()).remove("levelOfCare")),
                    r.getCut())
                .build())
        .build();
  }

  /** Aftercare follow-up completion (DESIGN.md §4.3; defined in FollowUpMeasure). */
  @GET
  @Path("follow-up-completion")
  @Produces(MediaType.APPLICATION_JSON)
  public Response followUpCompletion(
      @QueryParam("asOf") String asOf,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("siteCode") String siteCode) {
    FollowUpReport r = reports.followUpCompletion(period(asOf, from, to, siteCode));
    JsonArrayBuilder byLevel = Json.createArrayBuilder();
    r.getByLevel().forEach(l -> byLevel.add(followUp(l).remove("daysAfterDischarge")));
    JsonArrayBuilder byContact = Json.createArrayBuilder();
    r.getByContact().forEach(c -> byContact.add(followUp(c).remove("levelOfCare")));
    return Response.ok(
            withCut(
                    Json.createObjectBuilder()
                        .add("parameters", period(r.getParameters()))
                        .add("period", span(r.getFrom(), r.getTo()))
                        .add("windowDays", FollowUpMeasure.WINDOW_DAYS)
                        .add("byLevel", byLevel)
                        .add("byContact", byContact)
                        .add(
                            "total",
                            followUp(r.getTotal())
                                .remove("levelOfCare")
                                .remove("daysAfterDischarge")),
                    r.getCut())
                .build())
        .build();
  }

  private static JsonObjectBuilder followUp(FollowUpRow row) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    JsonFields.addNullable(json, "levelOfCare", row.getLevelOfCare());
    if (row.getDaysAfterDischarge() == null) {
      json.addNull("daysAfterDischarge");
    } else {
      json.add("daysAfterDischarge", row.getDaysAfterDischarge());
    }
    json.add("due", row.getDue())
        .add("reached", row.getReached())
        .add("attempted", row.getAttempted())
        .add("excluded", row.getExcluded());
    return JsonFields.addNullable(json, "rate", row.getRate());
  }

  private static JsonObjectBuilder stepDown(StepDownRow row) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    JsonFields.addNullable(json, "levelOfCare", row.getLevelOfCare());
    json.add("ended", row.getEnded())
        .add("within7", row.getWithin7())
        .add("within14", row.getWithin14());
    JsonFields.addNullable(json, "rate7", row.getRate7());
    return JsonFields.addNullable(json, "rate14", row.getRate14());
  }

  private ReportPeriod period(String asOf, String from, String to, String siteCode) {
    return new ReportPeriod(asOf(asOf), date("from", from), date("to", to), blankToNull(siteCode));
  }

  private static JsonObjectBuilder period(ReportPeriod p) {
    return period(p.getAsOf(), p.getFrom(), p.getTo(), p.getSiteCode());
  }

  private static JsonObjectBuilder span(LocalDate from, LocalDate to) {
    return Json.createObjectBuilder().add("from", from.toString()).add("to", to.toString());
  }

  private static JsonObjectBuilder withCut(JsonObjectBuilder json, ReportCut cut) {
    return json.add("definitions", cut.getDefinitionsVersion())
        .add("cutAt", cut.getCutAt().toString());
  }

  static JsonObject json(RetentionReport r) {
    RetentionParameters p = r.getParameters();
    JsonArrayBuilder cohorts = Json.createArrayBuilder();
    r.getCohorts().forEach(c -> cohorts.add(counts(c).add("cohort", c.getCohort())));
    JsonArrayBuilder byLevel = Json.createArrayBuilder();
    r.getByLevel()
        .forEach(l -> byLevel.add(counts(l).add("levelOfCare", l.getLevelOfCare().name())));
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add(
                "parameters",
                period(p.getAsOf(), p.getFrom(), p.getTo(), p.getSiteCode())
                    .add("gapDays", p.getGapDays()))
            .add("cohorts", cohorts)
            .add("byLevel", byLevel)
            .add("total", counts(r.getTotal()));
    return withCut(json, r.getCut()).build();
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
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("parameters", period(p.getAsOf(), p.getFrom(), p.getTo(), p.getSiteCode()))
            .add("byLevel", byLevel)
            .add("oud", ratio(r.getOud(), "patients", "onMat"))
            .add("continuity180", ratio(r.getContinuity180(), "starts", "continuous"));
    return withCut(json, r.getCut()).build();
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
