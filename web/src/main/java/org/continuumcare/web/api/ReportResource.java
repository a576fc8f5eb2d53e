package org.continuumcare.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.continuumcare.report.DocumentFormat;
import org.continuumcare.report.LevelReport;
import org.continuumcare.report.OutcomeReports;
import org.continuumcare.report.PeriodReport;
import org.continuumcare.report.ReportCut;
import org.continuumcare.report.ReportPeriod;
import org.continuumcare.report.activity.ActivityReport;
import org.continuumcare.report.census.CensusReport;
import org.continuumcare.report.drugscreen.DrugScreenReport;
import org.continuumcare.report.drugscreen.DrugScreenRow;
import org.continuumcare.report.followup.FollowUpMeasure;
import org.continuumcare.report.followup.FollowUpReport;
import org.continuumcare.report.followup.FollowUpRow;
import org.continuumcare.report.matstatus.MatStatusReport;
import org.continuumcare.report.matstatus.MatStatusRow;
import org.continuumcare.report.matstatus.Ratio;
import org.continuumcare.report.retention.RetentionCounts;
import org.continuumcare.report.retention.RetentionParameters;
import org.continuumcare.report.retention.RetentionReport;
import org.continuumcare.report.stepdown.StepDownReport;
import org.continuumcare.report.stepdown.StepDownRow;
import org.continuumcare.reports.ReportDocuments;
import org.continuumcare.shared.Today;
import org.continuumcare.web.report.Documents;

/**
 * Outcome reports (API.md "Reports", DESIGN.md §4): retention and MAT status as API.md specifies
 * them, plus census/length of stay, activity by reason and step-down continuity (DESIGN.md §4.3) in
 * the same style. Malformed parameters answer 400; well-formed ones that break a rule (negative
 * gap, from after to, a future asOf, an unknown site) 422.
 *
 * <p>Retention, MAT status and census negotiate their representation (API.md "Reports"): JSON by
 * default, or the printed report as PDF, CSV or XLSX (an attachment, never cached); any other
 * {@code Accept} answers 406 problem+json.
 */
@Path("reports")
@RequestScoped
public class ReportResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @EJB OutcomeReports reports;
  @Inject Today today;
  @Inject ReportDocuments documents;
  @Context HttpHeaders headers;

  @GET
  @Path("retention")
  @Produces({MediaType.APPLICATION_JSON, "application/pdf", "text/csv", XLSX})
  public Response retention(@BeanParam PeriodQuery query, @QueryParam("gapDays") String gapDays) {
    RetentionParameters parameters =
        new RetentionParameters(
            asOf(query.asOf),
            date("from", query.from),
            date("to", query.to),
            gapDays(gapDays),
            blankToNull(query.siteCode));
    RetentionReport report = reports.retention(parameters);
    return negotiated(
        "retention",
        parameters.getAsOf(),
        format -> documents.retention(report, format, Documents.PRINT_LOCALE),
        () -> json(report));
  }

  @GET
  @Path("mat-status")
  @Produces({MediaType.APPLICATION_JSON, "application/pdf", "text/csv", XLSX})
  public Response matStatus(@BeanParam PeriodQuery query) {
    ReportPeriod parameters = period(query);
    MatStatusReport report = reports.matStatus(parameters);
    return negotiated(
        "mat-status",
        parameters.getAsOf(),
        format -> documents.matStatus(report, format, Documents.PRINT_LOCALE),
        () -> json(report));
  }

  @GET
  @Path("census")
  @Produces({MediaType.APPLICATION_JSON, "application/pdf", "text/csv", XLSX})
  public Response census(@BeanParam PeriodQuery query) {
    CensusReport report = reports.census(period(query));
    return negotiated(
        "census",
        report.getParameters().getAsOf(),
        format -> documents.census(report, format, Documents.PRINT_LOCALE),
        () -> json(report));
  }

  static JsonObject json(CensusReport r) {
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
    return envelope(
        period(r.getParameters()),
        null,
        Json.createObjectBuilder()
            .add("census", census)
            .add("total", r.getTotal())
            .add("lengthOfStay", span(r.getLosFrom(), r.getLosTo()).add("byLevel", los)),
        r.getCut());
  }

  @GET
  @Path("activity")
  @Produces(MediaType.APPLICATION_JSON)
  public Response activity(@BeanParam PeriodQuery query) {
    ActivityReport r = reports.activity(period(query));
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
    return Response.ok(envelope(r, Json.createObjectBuilder().add("rows", rows))).build();
  }

  @GET
  @Path("step-down")
  @Produces(MediaType.APPLICATION_JSON)
  public Response stepDown(@BeanParam PeriodQuery query) {
    StepDownReport r = reports.stepDown(period(query));
    return Response.ok(envelope(r, byLevelAndTotal(r, ReportResource::stepDown))).build();
  }

  /**
   * The printed format the caller asks for, or empty for JSON: the first acceptable media type (in
   * the order of preference of the Accept header) that JSON or one of the formats matches. The
   * runtime has already answered 406 when none does.
   */
  private Optional<DocumentFormat> document() {
    for (MediaType accepted : headers.getAcceptableMediaTypes()) {
      if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return Optional.empty();
      }
      for (DocumentFormat format : DocumentFormat.values()) {
        if (accepted.isCompatible(MediaType.valueOf(format.mediaType()))) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The report in the representation the caller accepts: the printed document as an attachment
   * named after the report and its asOf, else the JSON.
   */
  private Response negotiated(
      String name,
      LocalDate asOf,
      Function<DocumentFormat, byte[]> printed,
      Supplier<JsonObject> json) {
    return document()
        .map(
            format ->
                attachment(
                    printed.apply(format), format, ReportDocuments.fileName(name, asOf, format)))
        .orElseGet(() -> Response.ok(json.get(), MediaType.APPLICATION_JSON).build());
  }

  private static Response attachment(byte[] content, DocumentFormat format, String fileName) {
    return Response.ok(content, format.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  /**
   * Drug-screen unexpected rate (DESIGN.md §4.3): screens collected in [from, to] (default the year
   * up to asOf) with at least one unexpected result ÷ screens, by level of care at collection
   * ({@code levelOfCare} null: collected while not in care).
   */
  @GET
  @Path("drug-screens")
  @Produces(MediaType.APPLICATION_JSON)
  public Response drugScreens(@BeanParam PeriodQuery query) {
    DrugScreenReport r = reports.drugScreens(period(query));
    return Response.ok(envelope(r, byLevelAndTotal(r, ReportResource::drugScreens))).build();
  }

  private static JsonObjectBuilder drugScreens(DrugScreenRow row) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    JsonFields.addNullable(json, "levelOfCare", row.getLevelOfCare());
    json.add("screens", row.getScreens()).add("unexpected", row.getUnexpected());
    return JsonFields.addNullable(json, "rate", row.getRate());
  }

  /** Aftercare follow-up completion (DESIGN.md §4.3; defined in FollowUpMeasure). */
  @GET
  @Path("follow-up-completion")
  @Produces(MediaType.APPLICATION_JSON)
  public Response followUpCompletion(@BeanParam PeriodQuery query) {
    FollowUpReport r = reports.followUpCompletion(period(query));
    JsonArrayBuilder byLevel = Json.createArrayBuilder();
    r.getByLevel().forEach(l -> byLevel.add(followUp(l).remove("daysAfterDischarge")));
    JsonArrayBuilder byContact = Json.createArrayBuilder();
    r.getByContact().forEach(c -> byContact.add(followUp(c).remove("levelOfCare")));
    return Response.ok(
            envelope(
                r,
                Json.createObjectBuilder()
                    .add("windowDays", FollowUpMeasure.WINDOW_DAYS)
                    .add("byLevel", byLevel)
                    .add("byContact", byContact)
                    .add(
                        "total",
                        followUp(r.getTotal()).remove("levelOfCare").remove("daysAfterDischarge"))))
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

  /** The query parameters every report takes (API.md "Reports"), as the caller sent them. */
  public static class PeriodQuery {
    @QueryParam("asOf")
    String asOf;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("siteCode")
    String siteCode;
  }

  private ReportPeriod period(PeriodQuery q) {
    return new ReportPeriod(
        asOf(q.asOf), date("from", q.from), date("to", q.to), blankToNull(q.siteCode));
  }

  /** A report's rows by level of care and its total row (which has no level). */
  private static <R> JsonObjectBuilder byLevelAndTotal(
      LevelReport<R> r, Function<R, JsonObjectBuilder> row) {
    JsonArrayBuilder byLevel = Json.createArrayBuilder();
    r.getByLevel().forEach(l -> byLevel.add(row.apply(l)));
    return Json.createObjectBuilder()
        .add("byLevel", byLevel)
        .add("total", row.apply(r.getTotal()).remove("levelOfCare"));
  }

  private static JsonObjectBuilder period(ReportPeriod p) {
    return period(p.getAsOf(), p.getFrom(), p.getTo(), p.getSiteCode());
  }

  private static JsonObjectBuilder span(LocalDate from, LocalDate to) {
    return Json.createObjectBuilder().add("from", from.toString()).add("to", to.toString());
  }

  /**
   * The JSON of every report (API.md "Reports"): its {@code parameters}, the {@code period} counted
   * (for a report over a period), the report's own fields in order, then the definitions version
   * and the data cut.
   */
  private static JsonObject envelope(
      JsonObjectBuilder parameters,
      JsonObjectBuilder period,
      JsonObjectBuilder body,
      ReportCut cut) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("parameters", parameters);
    if (period != null) {
      json.add("period", period);
    }
    return json.addAll(body)
        .add("definitions", cut.getDefinitionsVersion())
        .add("cutAt", cut.getCutAt().toString())
        .build();
  }

  private static JsonObject envelope(PeriodReport r, JsonObjectBuilder body) {
    return envelope(period(r.getParameters()), span(r.getFrom(), r.getTo()), body, r.getCut());
  }

  static JsonObject json(RetentionReport r) {
    RetentionParameters p = r.getParameters();
    JsonArrayBuilder cohorts = Json.createArrayBuilder();
    r.getCohorts().forEach(c -> cohorts.add(counts(c).add("cohort", c.getCohort())));
    JsonArrayBuilder byLevel = Json.createArrayBuilder();
    r.getByLevel()
        .forEach(l -> byLevel.add(counts(l).add("levelOfCare", l.getLevelOfCare().name())));
    return envelope(
        period(p.getAsOf(), p.getFrom(), p.getTo(), p.getSiteCode()).add("gapDays", p.getGapDays()),
        null,
        Json.createObjectBuilder()
            .add("cohorts", cohorts)
            .add("byLevel", byLevel)
            .add("total", counts(r.getTotal())),
        r.getCut());
  }

  static JsonObject json(MatStatusReport r) {
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
    return envelope(
        period(r.getParameters()),
        null,
        Json.createObjectBuilder()
            .add("byLevel", byLevel)
            .add("oud", ratio(r.getOud(), "patients", "onMat"))
            .add("continuity180", ratio(r.getContinuity180(), "starts", "continuous")),
        r.getCut());
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
