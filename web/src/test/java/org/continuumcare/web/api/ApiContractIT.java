package org.continuumcare.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.continuumcare.web.testing.Api;
import org.continuumcare.web.testing.Api.Reply;
import org.continuumcare.web.testing.Database;
import org.continuumcare.web.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST contract of API.md over HTTP, with real Keycloak tokens, against the built WAR on Payara
 * Micro and PostgreSQL: statuses, shapes, problem details, roles and caseload visibility.
 */
@ExtendWith(ArquillianExtension.class)
class ApiContractIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  @Test
  void withoutATokenTheApiAnswers401ProblemJsonAndNeverRedirects() {
    Reply r = api().get("patients/" + UUID.randomUUID(), null);
    assertEquals(401, r.status());
    assertTrue(r.isProblem(), r.contentType());
    assertEquals(401, r.json().getInt("status"));
    assertFalse(r.raw().headers().firstValue("Location").isPresent());
    assertFalse(r.raw().headers().firstValue("Set-Cookie").isPresent());
  }

  @Test
  void aForgedTokenIs401() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/patients/x"))
                    .header("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(401, r.statusCode());
  }

  @Test
  void intakeRegistersAndAdmitsAndEveryoneOnTheCareTeamReadsIt() {
    Reply created = api().post("patients", "ivy.intake", patient("Reyes", "HEROIN"));
    assertEquals(201, created.status(), created.body());
    String id = created.json().getString("id");
    assertTrue(created.json().getString("mrn").startsWith("C"));
    assertEquals(0, created.json().getInt("version"));
    assertTrue(created.raw().headers().firstValue("Location").orElseThrow().endsWith(id));

    Reply before = api().get("patients/" + id, "ivy.intake");
    assertEquals(200, before.status());
    assertEquals(JsonValue.NULL, before.json().get("currentEpisode"));
    assertEquals("MAIN", before.json().getString("siteCode"));
    assertEquals(0, before.json().getInt("priorEpisodes"));

    Reply admitted = api().post("patients/" + id + "/episodes", "ivy.intake", admission("WM", 2));
    assertEquals(201, admitted.status(), admitted.body());
    String episodeId = admitted.json().getString("id");

    JsonObject current = api().get("patients/" + id, "carl.counselor").json();
    assertEquals("WM", current.getJsonObject("currentEpisode").getString("levelOfCare"));
    assertEquals(
        LocalDate.now().minusDays(2).toString(),
        current.getJsonObject("currentEpisode").getString("since"));

    JsonObject episode = api().get("episodes/" + episodeId, "carl.counselor").json();
    assertEquals("OPEN", episode.getString("status"));
    assertEquals(id, episode.getString("patientId"));
    assertEquals(JsonValue.NULL, episode.get("dischargedOn"));
    assertEquals(1, episode.getJsonArray("stays").size());
    JsonObject stay = episode.getJsonArray("stays").getJsonObject(0);
    assertEquals("WM", stay.getString("levelOfCare"));
    assertEquals("MAIN", stay.getString("siteCode"));
    assertEquals(JsonValue.NULL, stay.get("end"));
  }

  @Test
  void aSecondOpenEpisodeIs409() {
    String id = registered("Okafor");
    assertEquals(
        201,
        api().post("patients/" + id + "/episodes", "ivy.intake", admission("RES", 5)).status());
    Reply again = api().post("patients/" + id + "/episodes", "adam.admin", admission("WM", 0));
    assertEquals(409, again.status());
    assertTrue(again.isProblem());
    assertTrue(again.json().getString("detail").contains("open episode"));
  }

  @Test
  void rolesThatLackTheActionGet403() {
    Reply counselor = api().post("patients", "carl.counselor", patient("Martin", "ALCOHOL"));
    assertEquals(403, counselor.status());
    assertTrue(counselor.isProblem());
    String id = registered("Volkov");
    assertEquals(403, api().get("patients/" + id, "aldo.auditor").status());

    var denials =
        api()
            .get("audit?size=200", "adam.admin")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(r -> r.getString("outcome").equals("DENIED"))
            .toList();
    assertTrue(
        denials.stream()
            .anyMatch(
                r ->
                    r.getString("username").equals("carl.counselor")
                        && r.getString("action").equals("API POST patients")),
        denials.toString());
    assertTrue(
        denials.stream()
            .anyMatch(
                r ->
                    r.getString("username").equals("aldo.auditor")
                        && id.equals(r.getString("patientId", null))),
        denials.toString());
  }

  @Test
  void unknownCodesAndMissingFieldsAre422WithFieldErrors() {
    Reply r =
        api()
            .post(
                "patients",
                "ivy.intake",
                "{\"givenName\":\"\",\"familyName\":\"B\",\"birthDate\":\"1990-04-02\","
                    + "\"sexAtBirth\":\"Q\",\"primarySubstance\":\"HEROIN\"}");
    assertEquals(422, r.status(), r.body());
    assertTrue(r.isProblem());
    var fields =
        r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList();
    assertTrue(fields.contains("givenName"), fields.toString());
    assertTrue(fields.contains("sexAtBirth"), fields.toString());

    String id = registered("Nguyen");
    Reply level =
        api()
            .post(
                "patients/" + id + "/episodes",
                "ivy.intake",
                "{\"admittedOn\":\"2025-01-06\",\"levelOfCare\":\"DETOX\",\"referralSource\":\"SELF\"}");
    assertEquals(422, level.status());
    assertEquals(
        "levelOfCare", level.json().getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void aFutureAdmissionDateIs422AndWritesNothing() {
    String id = registered("Haddad");
    Reply r = api().post("patients/" + id + "/episodes", "ivy.intake", admission("OP", -1));
    assertEquals(422, r.status(), r.body());
    assertEquals("admittedOn", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(
        JsonValue.NULL, api().get("patients/" + id, "ivy.intake").json().get("currentEpisode"));
  }

  @Test
  void malformedJsonAndDatesAre400Problems() {
    Reply broken = api().post("patients", "ivy.intake", "{\"givenName\":");
    assertEquals(400, broken.status());
    assertTrue(broken.isProblem());
    Reply badDate =
        api()
            .post(
                "patients",
                "ivy.intake",
                "{\"givenName\":\"A\",\"familyName\":\"B\",\"birthDate\":\"1990-13-45\","
                    + "\"sexAtBirth\":\"F\",\"primarySubstance\":\"HEROIN\"}");
    assertEquals(400, badDate.status());
    assertTrue(badDate.isProblem());
  }

  @Test
  void aPatientOffTheCaseloadIsIndistinguishableFromAnUnknownOne() {
    String id = registered("Lindqvist");
    api().post("patients/" + id + "/episodes", "ivy.intake", admission("IOP", 1));

    Reply offCaseload = api().get("patients/" + id, "cora.counselor");
    Reply unknown = api().get("patients/" + UUID.randomUUID(), "cora.counselor");
    Reply malformed = api().get("patients/not-an-id", "cora.counselor");
    assertEquals(404, offCaseload.status());
    assertEquals(unknown.status(), offCaseload.status());
    assertEquals(unknown.body(), offCaseload.body());
    assertEquals(unknown.body(), malformed.body());
    assertEquals(200, api().get("patients/" + id, "carl.counselor").status());
  }

  @Test
  void aStaleVersionOfTheCareTeamIs409() {
    String id = registered("Castillo");
    String episodeId =
        api()
            .post("patients/" + id + "/episodes", "ivy.intake", admission("RES", 3))
            .json()
            .getString("id");
    Reply first =
        api()
            .put(
                "episodes/" + episodeId + "/care-team",
                "adam.admin",
                "{\"primaryCounselor\":\"cora.counselor\",\"prescriber\":\"pia.prescriber\",\"version\":0}");
    assertEquals(200, first.status(), first.body());
    assertEquals(1, first.json().getInt("version"));
    Reply stale =
        api()
            .put(
                "episodes/" + episodeId + "/care-team",
                "adam.admin",
                "{\"primaryCounselor\":\"carl.counselor\",\"version\":0}");
    assertEquals(409, stale.status());
    assertTrue(stale.isProblem());
    assertEquals(200, api().get("episodes/" + episodeId, "cora.counselor").status());
    assertEquals(404, api().get("episodes/" + episodeId, "carl.counselor").status());
  }

  @Test
  void openApiAndReadinessAreServed() throws Exception {
    String server = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> openapi =
        http.send(
            HttpRequest.newBuilder(URI.create(server + "/openapi")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, openapi.statusCode());
    assertTrue(
        openapi.body().contains("/api/v1/patients"), "patients path in the OpenAPI document");
    HttpResponse<String> ready =
        http.send(
            HttpRequest.newBuilder(URI.create(server + "/health/ready")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, ready.statusCode(), ready.body());
  }

  @Test
  void aCounselorStepsTheirPatientDownAndTheEpisodeShowsTheChain() {
    String episodeId = admitted("Ito", "WM", 6);
    Reply moved =
        api()
            .post(
                "episodes/" + episodeId + "/transitions",
                "carl.counselor",
                transition(1, "RES", "STEP_DOWN", 0));
    assertEquals(201, moved.status(), moved.body());
    assertEquals(1, moved.json().getInt("version"));

    JsonObject episode = api().get("episodes/" + episodeId, "carl.counselor").json();
    var stays = episode.getJsonArray("stays");
    assertEquals(2, stays.size());
    assertEquals("WM", stays.getJsonObject(0).getString("levelOfCare"));
    assertEquals(LocalDate.now().minusDays(1).toString(), stays.getJsonObject(0).getString("end"));
    assertEquals("RES", stays.getJsonObject(1).getString("levelOfCare"));
    assertEquals(JsonValue.NULL, stays.getJsonObject(1).get("end"));

    assertEquals(
        404,
        api()
            .post(
                "episodes/" + episodeId + "/transitions",
                "cora.counselor",
                transition(0, "PHP", "STEP_DOWN", 1))
            .status());
    assertEquals(
        403,
        api()
            .post(
                "episodes/" + episodeId + "/transitions",
                "ivy.intake",
                transition(0, "PHP", "STEP_DOWN", 1))
            .status());
  }

  @Test
  void everyRefusedTransitionIs422WithItsReasonAndAStaleVersionIs409First() {
    String episodeId = admitted("Moreau", "RES", 10);
    String path = "episodes/" + episodeId + "/transitions";
    assertRefused(
        api().post(path, "carl.counselor", transition(0, "RES", "LATERAL", 0)), "levelOfCare");
    assertRefused(api().post(path, "carl.counselor", transition(0, "IOP", "STEP_UP", 0)), "reason");
    assertRefused(
        api().post(path, "carl.counselor", transition(11, "IOP", "STEP_DOWN", 0)), "effectiveOn");
    assertRefused(
        api().post(path, "carl.counselor", transition(-1, "IOP", "STEP_DOWN", 0)), "effectiveOn");
    assertRefused(
        api().post(path, "carl.counselor", transition(0, "DETOX", "STEP_UP", 0)), "levelOfCare");

    Reply staleAndWrong = api().post(path, "carl.counselor", transition(11, "RES", "STEP_UP", 5));
    assertEquals(409, staleAndWrong.status(), staleAndWrong.body());
    assertTrue(staleAndWrong.isProblem());
    assertEquals(
        "RES",
        api()
            .get("episodes/" + episodeId, "carl.counselor")
            .json()
            .getJsonArray("stays")
            .getJsonObject(0)
            .getString("levelOfCare"));
  }

  @Test
  void dischargeAndUndo() {
    String episodeId = admitted("Keller", "OP", 30);
    Reply discharged =
        api()
            .post(
                "episodes/" + episodeId + "/discharge",
                "carl.counselor",
                "{\"dischargedOn\":\""
                    + LocalDate.now()
                    + "\",\"reason\":\"COMPLETED\",\"note\":\"\",\"version\":0}");
    assertEquals(200, discharged.status(), discharged.body());
    JsonObject episode = api().get("episodes/" + episodeId, "carl.counselor").json();
    assertEquals("DISCHARGED", episode.getString("status"));
    assertEquals("COMPLETED", episode.getString("dischargeReason"));

    Reply noReason =
        api().post("episodes/" + episodeId + "/undo", "carl.counselor", "{\"version\":1}");
    assertEquals(422, noReason.status(), noReason.body());
    Reply undone =
        api()
            .post(
                "episodes/" + episodeId + "/undo",
                "carl.counselor",
                "{\"reason\":\"entered in error\",\"version\":1}");
    assertEquals(200, undone.status(), undone.body());
    assertEquals(2, undone.json().getInt("version"));
    assertEquals(
        "OPEN", api().get("episodes/" + episodeId, "carl.counselor").json().getString("status"));
    Reply nothingLeft =
        api()
            .post(
                "episodes/" + episodeId + "/undo",
                "carl.counselor",
                "{\"reason\":\"again\",\"version\":2}");
    assertEquals(422, nothingLeft.status(), nothingLeft.body());
  }

  @Test
  void theCaseloadListsOnlyTheCallersPatients() {
    String family = "Caseload" + UUID.randomUUID().toString().substring(0, 6);
    String id = registered(family);
    api().post("patients/" + id + "/episodes", "ivy.intake", admission("IOP", 3));

    JsonObject carls = api().get("patients?query=" + family, "carl.counselor").json();
    assertEquals(1, carls.getInt("total"));
    JsonObject row = carls.getJsonArray("items").getJsonObject(0);
    assertEquals(id, row.getString("id"));
    assertEquals("IOP", row.getString("levelOfCare"));
    assertEquals(3, row.getInt("daysInLevel"));
    assertEquals(0, api().get("patients?query=" + family, "cora.counselor").json().getInt("total"));
    assertEquals(
        0,
        api()
            .get("patients?query=" + family + "&levelOfCare=OP", "carl.counselor")
            .json()
            .getInt("total"));
    assertEquals(422, api().get("patients?levelOfCare=DETOX", "carl.counselor").status());
    assertEquals(400, api().get("patients?page=first", "carl.counselor").status());
  }

  @Test
  void breakingTheGlassOpensTheChartForAnHourAndNeedsAReason() throws Exception {
    String id = registered("Glass");
    api().post("patients/" + id + "/episodes", "ivy.intake", admission("RES", 2));
    assertEquals(404, api().get("patients/" + id, "cora.counselor").status());

    Reply noReason =
        api().post("patients/" + id + "/break-glass", "cora.counselor", "{\"reason\":\" \"}");
    assertEquals(422, noReason.status());
    assertEquals(
        404,
        api()
            .post(
                "patients/" + UUID.randomUUID() + "/break-glass",
                "cora.counselor",
                "{\"reason\":\"x\"}")
            .status());
    assertEquals(
        403,
        api()
            .post("patients/" + id + "/break-glass", "aldo.auditor", "{\"reason\":\"x\"}")
            .status());

    Reply granted =
        api()
            .post(
                "patients/" + id + "/break-glass",
                "cora.counselor",
                "{\"reason\":\"covering for carl, patient in crisis\"}");
    assertEquals(201, granted.status(), granted.body());
    Instant expires = Instant.parse(granted.json().getString("expiresAt"));
    long minutes = Duration.between(Instant.now(), expires).toMinutes();
    assertTrue(minutes >= 58 && minutes <= 60, "expires in " + minutes + " minutes");
    assertEquals(200, api().get("patients/" + id, "cora.counselor").status());

    Database.execute(
        "update break_glass set granted_at = now() - interval '61 minutes',"
            + " expires_at = now() - interval '1 minute' where patient_id = '"
            + id
            + "'");
    assertEquals(404, api().get("patients/" + id, "cora.counselor").status());
  }

  @Test
  void readsAreAuditedWithTheKeycloakSubjectAndTheAuditorVerifiesTheChain() {
    String id = registered("Audited");
    api().post("patients/" + id + "/episodes", "ivy.intake", admission("OP", 1));
    assertEquals(200, api().get("patients/" + id, "carl.counselor").status());
    String mrn = api().get("patients/" + id, "adam.admin").json().getString("mrn");

    Reply log = api().get("audit?mrn=" + mrn, "aldo.auditor");
    assertEquals(200, log.status(), log.body());
    var carlsRead =
        log.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getString("username").equals("carl.counselor"))
            .filter(r -> r.getString("action").equals("PatientService.open"))
            .findFirst()
            .orElseThrow();
    assertEquals("SUCCESS", carlsRead.getString("outcome"));
    assertFalse(carlsRead.isNull("subject"), "the Keycloak subject is recorded");

    Reply verification = api().get("audit/verification", "aldo.auditor");
    assertEquals(200, verification.status(), verification.body());
    assertTrue(verification.json().getBoolean("verified"), verification.body());
    assertEquals(403, api().get("audit/verification", "carl.counselor").status());
    assertEquals(403, api().get("audit", "ivy.intake").status());
  }

  @Test
  void aPrescriberStartsChangesAndStopsMatAndASecondActiveOrderIs409() {
    String id = registered("Mat");
    api().post("patients/" + id + "/episodes", "ivy.intake", admission("WM", 10));
    api()
        .put(
            "episodes/"
                + api()
                    .get("patients/" + id, "adam.admin")
                    .json()
                    .getJsonObject("currentEpisode")
                    .getString("id")
                + "/care-team",
            "adam.admin",
            "{\"primaryCounselor\":\"carl.counselor\",\"prescriber\":\"pia.prescriber\"}");
    String start = LocalDate.now().minusDays(9).toString();
    Reply started =
        api()
            .post(
                "patients/" + id + "/mat-orders",
                "pia.prescriber",
                "{\"medication\":\"BUPRENORPHINE\",\"phase\":\"INDUCTION\",\"startedOn\":\""
                    + start
                    + "\",\"dose\":8,\"unit\":\"mg\"}");
    assertEquals(201, started.status(), started.body());
    String orderId = started.json().getString("id");

    Reply second =
        api()
            .post(
                "patients/" + id + "/mat-orders",
                "pia.prescriber",
                "{\"medication\":\"METHADONE\",\"phase\":\"INDUCTION\",\"startedOn\":\""
                    + LocalDate.now()
                    + "\",\"dose\":30,\"unit\":\"mg\"}");
    assertEquals(409, second.status(), second.body());

    Reply phase =
        api()
            .post(
                "mat-orders/" + orderId + "/phases",
                "pia.prescriber",
                "{\"phase\":\"MAINTENANCE\",\"effectiveOn\":\""
                    + LocalDate.now().minusDays(2)
                    + "\"}");
    assertEquals(201, phase.status(), phase.body());
    String mrn = api().get("patients/" + id, "adam.admin").json().getString("mrn");
    assertEquals(
        "BUPRENORPHINE",
        api()
            .get("patients?query=" + mrn, "carl.counselor")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("activeMat"),
        "the caseload shows the active MAT");
    Reply early =
        api()
            .post(
                "mat-orders/" + orderId + "/phases",
                "pia.prescriber",
                "{\"phase\":\"TAPER\",\"effectiveOn\":\"" + start + "\"}");
    assertEquals(422, early.status(), early.body());
    assertEquals(
        422,
        api()
            .post(
                "mat-orders/" + orderId + "/stop",
                "pia.prescriber",
                "{\"endedOn\":\"" + LocalDate.now() + "\",\"reason\":\"BORED\"}")
            .status());
    Reply stopped =
        api()
            .post(
                "mat-orders/" + orderId + "/stop",
                "pia.prescriber",
                "{\"endedOn\":\"" + LocalDate.now() + "\",\"reason\":\"PATIENT_CHOICE\"}");
    assertEquals(200, stopped.status(), stopped.body());

    var orders = api().get("patients/" + id + "/mat-orders", "carl.counselor");
    assertEquals(200, orders.status(), orders.body());
    JsonObject order =
        Json.createReader(new java.io.StringReader(orders.body())).readArray().getJsonObject(0);
    assertEquals("BUPRENORPHINE", order.getString("medication"));
    assertEquals(2, order.getJsonArray("phases").size());
    assertEquals(LocalDate.now().toString(), order.getString("endedOn"));
    assertEquals("PATIENT_CHOICE", order.getString("stopReason"));

    assertEquals(
        403,
        api()
            .post(
                "patients/" + id + "/mat-orders",
                "carl.counselor",
                "{\"medication\":\"METHADONE\",\"phase\":\"INDUCTION\",\"startedOn\":\""
                    + LocalDate.now()
                    + "\",\"dose\":30,\"unit\":\"mg\"}")
            .status());
    assertEquals(
        201,
        api()
            .post(
                "patients/" + id + "/mat-declined",
                "pia.prescriber",
                "{\"decidedOn\":\"" + LocalDate.now() + "\"}")
            .status());
  }

  @Test
  void sitesAreCreatedByAdministratorsAndListedForEveryone() {
    String code = "S" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String body = "{\"code\":\"" + code + "\",\"name\":\"East Campus\"}";
    assertEquals(403, api().post("sites", "carl.counselor", body).status());
    Reply created = api().post("sites", "adam.admin", body);
    assertEquals(201, created.status(), created.body());
    assertEquals(code, created.json().getString("code"));
    assertEquals(409, api().post("sites", "adam.admin", body).status());
    assertRefused(
        api().post("sites", "adam.admin", "{\"code\":\"east campus\",\"name\":\"x\"}"), "code");
    Reply all = api().get("sites", "carl.counselor");
    assertEquals(200, all.status());
    assertTrue(
        all.body().contains("\"" + code + "\"") && all.body().contains("\"MAIN\""), all.body());
  }

  @Test
  void reportsComputeTheMeasuresForAdministratorsAndCheckEveryParameter() {
    String site = "R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    assertEquals(
        201,
        api()
            .post("sites", "adam.admin", "{\"code\":\"" + site + "\",\"name\":\"Reports\"}")
            .status());
    // Retained: RES 200 days ago, IOP since 150 days ago, still in care, on buprenorphine.
    String retained = registeredAt(site, "HEROIN");
    Reply admitted =
        api().post("patients/" + retained + "/episodes", "ivy.intake", admission("RES", 200));
    assertEquals(201, admitted.status(), admitted.body());
    String episode = admitted.json().getString("id");
    assertEquals(
        201,
        api()
            .post(
                "episodes/" + episode + "/transitions",
                "adam.admin",
                transition(150, "IOP", "STEP_DOWN", 0))
            .status());
    Reply started =
        api()
            .post(
                "patients/" + retained + "/mat-orders",
                "adam.admin",
                "{\"medication\":\"BUPRENORPHINE\",\"phase\":\"INDUCTION\",\"startedOn\":\""
                    + LocalDate.now().minusDays(190)
                    + "\",\"dose\":8,\"unit\":\"mg\"}");
    assertEquals(201, started.status(), started.body());
    // Not retained: IOP for 20 days, discharged 110 days ago.
    String shortStay = registeredAt(site, "ALCOHOL");
    Reply second =
        api().post("patients/" + shortStay + "/episodes", "ivy.intake", admission("IOP", 130));
    assertEquals(201, second.status(), second.body());
    Reply discharged =
        api()
            .post(
                "episodes/" + second.json().getString("id") + "/discharge",
                "adam.admin",
                "{\"dischargedOn\":\""
                    + LocalDate.now().minusDays(110)
                    + "\",\"reason\":\"COMPLETED\",\"note\":\"\"}");
    assertEquals(200, discharged.status(), discharged.body());

    Reply r90 = api().get("reports/retention?siteCode=" + site, "adam.admin");
    assertEquals(200, r90.status(), r90.body());
    JsonObject total = r90.json().getJsonObject("total");
    assertEquals(2, total.getInt("eligible"), r90.body());
    assertEquals(1, total.getInt("retained"), r90.body());
    assertEquals(0, total.getInt("excluded"), r90.body());
    assertEquals(0.5, total.getJsonNumber("rate").doubleValue(), r90.body());
    JsonObject parameters = r90.json().getJsonObject("parameters");
    assertEquals(LocalDate.now().toString(), parameters.getString("asOf"));
    assertEquals(14, parameters.getInt("gapDays"));
    assertEquals(site, parameters.getString("siteCode"));
    assertTrue(parameters.isNull("from") && parameters.isNull("to"), r90.body());
    assertEquals(
        "[{\"eligible\":1,\"retained\":1,\"excluded\":0,\"rate\":1.0,\"levelOfCare\":\"RES\"},"
            + "{\"eligible\":1,\"retained\":0,\"excluded\":0,\"rate\":0.0,\"levelOfCare\":\"IOP\"}]",
        r90.json().getJsonArray("byLevel").toString());

    Reply mat = api().get("reports/mat-status?siteCode=" + site, "adam.admin");
    assertEquals(200, mat.status(), mat.body());
    assertEquals(
        "[{\"levelOfCare\":\"IOP\",\"status\":\"ACTIVE\",\"medication\":\"BUPRENORPHINE\","
            + "\"phase\":\"INDUCTION\",\"patients\":1}]",
        mat.json().getJsonArray("byLevel").toString());
    assertEquals(
        "{\"patients\":1,\"onMat\":1,\"rate\":1.0}", mat.json().getJsonObject("oud").toString());
    assertEquals(
        "{\"starts\":1,\"continuous\":1,\"rate\":1.0}",
        mat.json().getJsonObject("continuity180").toString());

    Reply census = api().get("reports/census?siteCode=" + site, "adam.admin");
    assertEquals(200, census.status(), census.body());
    assertEquals(
        "[{\"levelOfCare\":\"IOP\",\"siteCode\":\"" + site + "\",\"patients\":1}]",
        census.json().getJsonArray("census").toString());
    Reply stepDown = api().get("reports/step-down?siteCode=" + site, "adam.admin");
    assertEquals(200, stepDown.status(), stepDown.body());
    assertEquals(
        "{\"ended\":1,\"within7\":1,\"within14\":1,\"rate7\":1.0,\"rate14\":1.0}",
        stepDown.json().getJsonObject("total").toString());
    Reply activity = api().get("reports/activity?siteCode=" + site, "adam.admin");
    assertEquals(200, activity.status(), activity.body());
    assertTrue(
        activity.body().contains("\"kind\":\"DISCHARGE\",\"reason\":\"COMPLETED\",\"count\":1"),
        activity.body());

    assertBadParameter(api().get("reports/retention?asOf=2025-13-01", "adam.admin"), "asOf", 400);
    assertBadParameter(api().get("reports/retention?gapDays=two", "adam.admin"), "gapDays", 400);
    assertBadParameter(api().get("reports/retention?gapDays=-1", "adam.admin"), "gapDays", 422);
    assertBadParameter(
        api().get("reports/mat-status?from=2025-06-01&to=2025-01-01", "adam.admin"), "to", 422);
    assertBadParameter(
        api().get("reports/retention?asOf=" + LocalDate.now().plusDays(1), "adam.admin"),
        "asOf",
        422);
    assertBadParameter(
        api().get("reports/mat-status?siteCode=NOPE", "adam.admin"), "siteCode", 422);
    assertEquals(403, api().get("reports/retention", "carl.counselor").status());
    assertEquals(403, api().get("reports/mat-status", "aldo.auditor").status());
  }

  @Test
  void theTreatmentPlanIsWrittenGrownAndReviewedAndRefusedChangesLeaveNothing() {
    String episodeId = admitted("Plan", "RES", 20);
    String path = "episodes/" + episodeId + "/treatment-plan";
    assertEquals(404, api().get(path, "carl.counselor").status());
    assertRefused(
        api().post(path, "carl.counselor", "{\"planDate\":\"" + day(21) + "\"}"), "planDate");
    assertRefused(api().post(path, "carl.counselor", "{}"), "planDate");
    assertEquals(404, api().get(path, "carl.counselor").status(), "a refused plan is not written");

    Reply written = api().post(path, "carl.counselor", "{\"planDate\":\"" + day(18) + "\"}");
    assertEquals(201, written.status(), written.body());
    assertTrue(written.raw().headers().firstValue("Location").orElseThrow().endsWith(path));
    JsonObject plan = written.json();
    assertEquals(episodeId, plan.getString("episodeId"));
    assertEquals(day(18), plan.getString("planDate"));
    assertEquals("carl.counselor", plan.getString("writtenBy"));
    assertEquals("RES", plan.getString("levelOfCare"));
    assertEquals(LocalDate.now().minusDays(4).toString(), plan.getString("reviewDueOn"));
    assertEquals(0, plan.getJsonArray("problems").size());
    assertTrue(plan.isNull("patientSignedOn") && plan.isNull("lastReviewedOn"), plan.toString());
    assertEquals(
        409, api().post(path, "carl.counselor", "{\"planDate\":\"" + day(1) + "\"}").status());
    int version = plan.getInt("version");

    Reply added =
        api().post(path + "/problems", "carl.counselor", problem("BIOMEDICAL", day(-30), version));
    assertEquals(201, added.status(), added.body());
    assertTrue(
        added.raw().headers().firstValue("Location").orElseThrow().contains(path + "/problems/"));
    JsonObject problem = added.json().getJsonArray("problems").getJsonObject(0);
    assertEquals("BIOMEDICAL", problem.getString("dimension"));
    assertEquals(2, problem.getInt("dimensionNumber"));
    assertEquals("Untreated hepatitis C", problem.getString("statement"));
    JsonObject goal = problem.getJsonArray("goals").getJsonObject(0);
    assertEquals("Start HCV treatment", goal.getString("statement"));
    JsonObject objective = goal.getJsonArray("objectives").getJsonObject(0);
    assertEquals(day(-30), objective.getString("targetOn"));
    assertEquals(
        "[\"Referral to the liver clinic\"]", objective.getJsonArray("interventions").toString());
    version = added.json().getInt("version");

    assertRefused(
        api().post(path + "/problems", "carl.counselor", problem("BIOMEDICAL", day(19), version)),
        "targetOn");
    assertRefused(
        api().post(path + "/problems", "carl.counselor", problem("SPIRITUAL", day(-30), version)),
        "dimension");
    assertRefused(
        api()
            .post(
                path + "/problems",
                "carl.counselor",
                "{\"dimension\":\"RECOVERY_ENVIRONMENT\",\"problem\":\"Homeless\",\"version\":"
                    + version
                    + "}"),
        "goal");
    Reply staleAndWrong =
        api()
            .post(path + "/problems", "carl.counselor", problem("SPIRITUAL", day(19), version - 1));
    assertEquals(409, staleAndWrong.status(), staleAndWrong.body());
    assertTrue(staleAndWrong.isProblem());

    String objectives = path + "/goals/" + goal.getString("id") + "/objectives";
    String noInterventions =
        "{\"statement\":\"Keep the appointment\",\"targetOn\":\"" + day(-10) + "\",\"version\":";
    assertRefused(
        api().post(objectives, "carl.counselor", noInterventions + version + "}"), "interventions");
    Reply second =
        api()
            .post(
                objectives,
                "carl.counselor",
                "{\"statement\":\"Keep the appointment\",\"targetOn\":\""
                    + day(-10)
                    + "\",\"interventions\":[\"Transport voucher\",\"Reminder call\"],"
                    + "\"version\":"
                    + version
                    + "}");
    assertEquals(201, second.status(), second.body());
    assertEquals(
        2,
        second
            .json()
            .getJsonArray("problems")
            .getJsonObject(0)
            .getJsonArray("goals")
            .getJsonObject(0)
            .getJsonArray("objectives")
            .size());
    version = second.json().getInt("version");
    assertEquals(
        404,
        api()
            .post(
                path + "/goals/" + UUID.randomUUID() + "/objectives",
                "carl.counselor",
                "{\"statement\":\"x\",\"targetOn\":\"" + day(-10) + "\",\"interventions\":[\"x\"]}")
            .status());

    String reviews = path + "/reviews";
    assertRefused(
        api().post(reviews, "carl.counselor", review(19, "Too early", version)), "reviewedOn");
    assertRefused(api().post(reviews, "carl.counselor", review(1, " ", version)), "summary");
    Reply reviewed =
        api().post(reviews, "carl.counselor", review(1, "Engaged; HCV referral made", version));
    assertEquals(201, reviewed.status(), reviewed.body());
    JsonObject afterReview = reviewed.json();
    assertEquals(day(1), afterReview.getString("lastReviewedOn"));
    assertEquals(LocalDate.now().plusDays(13).toString(), afterReview.getString("reviewDueOn"));
    JsonObject r = afterReview.getJsonArray("reviews").getJsonObject(0);
    assertEquals("carl.counselor", r.getString("reviewedBy"));
    assertEquals("Engaged; HCV referral made", r.getString("summary"));
    version = afterReview.getInt("version");
    assertRefused(
        api().post(reviews, "carl.counselor", review(2, "Out of order", version)), "reviewedOn");
    assertEquals(
        409, api().post(reviews, "carl.counselor", review(0, "Stale", version - 1)).status());

    JsonObject now = api().get(path, "nina.nurse").json();
    assertEquals(version, now.getInt("version"), "refused changes leave the plan as it was");
    assertEquals(1, now.getJsonArray("problems").size());
    assertEquals(1, now.getJsonArray("reviews").size());
    assertEquals(
        403, api().post(reviews, "nina.nurse", review(0, "Nurse review", version)).status());
    assertEquals(403, api().get(path, "aldo.auditor").status());
    assertEquals(404, api().get(path, "cora.counselor").status());
    assertEquals(version, api().get(path, "carl.counselor").json().getInt("version"));
  }

  @Test
  void progressNotesAreWrittenSignedAndThenOnlyAmendedByAddendum() {
    String episodeId = admitted("Notes", "IOP", 10);
    String notes = "episodes/" + episodeId + "/notes";
    assertRefused(
        api().post(notes, "carl.counselor", note(2, "ATTENDED", null, false)), "assessment");
    assertRefused(
        api().post(notes, "carl.counselor", note(11, "ATTENDED", "Calm", false)), "sessionOn");
    assertRefused(
        api().post(notes, "carl.counselor", note(-1, "ATTENDED", "Calm", false)), "sessionOn");
    assertRefused(
        api()
            .post(
                notes,
                "carl.counselor",
                note(2, "ATTENDED", "Calm", false).replace("INDIVIDUAL", "COUPLES")),
        "sessionType");
    assertEquals("[]", api().get(notes, "carl.counselor").body(), "refused notes are not written");

    Reply written =
        api().post(notes, "carl.counselor", note(2, "ATTENDED", "Calm, engaged", false));
    assertEquals(201, written.status(), written.body());
    JsonObject draft = written.json();
    String noteId = draft.getString("id");
    assertTrue(
        written.raw().headers().firstValue("Location").orElseThrow().endsWith("/notes/" + noteId));
    assertEquals("INDIVIDUAL", draft.getString("sessionType"));
    assertEquals("ATTENDED", draft.getString("attendance"));
    assertEquals("Calm, engaged", draft.getString("assessment"));
    assertEquals("carl.counselor", draft.getString("author"));
    assertFalse(draft.getBoolean("signed"));
    assertTrue(draft.isNull("signedBy"));
    Reply noShow = api().post(notes, "carl.counselor", note(1, "NO_SHOW", null, true));
    assertEquals(201, noShow.status(), noShow.body());
    assertTrue(noShow.json().getBoolean("signed"));
    assertTrue(noShow.json().isNull("assessment"));

    Reply list = api().get(notes, "nina.nurse");
    assertEquals(200, list.status(), list.body());
    var all = Json.createReader(new java.io.StringReader(list.body())).readArray();
    assertEquals(2, all.size());
    assertEquals(day(1), all.getJsonObject(0).getString("sessionOn"), "latest session first");

    String note = "notes/" + noteId;
    int version = draft.getInt("version");
    Reply staleAndWrong =
        api()
            .put(
                note, "carl.counselor", withVersion(note(2, "ATTENDED", null, false), version + 1));
    assertEquals(409, staleAndWrong.status(), staleAndWrong.body());
    assertRefused(
        api().put(note, "carl.counselor", withVersion(note(2, "ATTENDED", null, false), version)),
        "assessment");
    Reply revised =
        api()
            .put(
                note,
                "carl.counselor",
                withVersion(note(2, "ATTENDED", "Anxious", false), version));
    assertEquals(200, revised.status(), revised.body());
    assertEquals("Anxious", revised.json().getString("assessment"));
    version = revised.json().getInt("version");

    assertEquals(
        409,
        api()
            .post(note + "/signature", "carl.counselor", "{\"version\":" + (version - 1) + "}")
            .status());
    assertEquals(
        403,
        api().post(note + "/signature", "nina.nurse", "{\"version\":" + version + "}").status());
    assertEquals(
        404,
        api()
            .post(note + "/signature", "cora.counselor", "{\"version\":" + version + "}")
            .status());
    assertRefused(
        api().post(note + "/addenda", "carl.counselor", "{\"text\":\"too early\"}"), null);
    Reply signed =
        api().post(note + "/signature", "carl.counselor", "{\"version\":" + version + "}");
    assertEquals(200, signed.status(), signed.body());
    assertTrue(signed.json().getBoolean("signed"));
    assertEquals("carl.counselor", signed.json().getString("signedBy"));
    version = signed.json().getInt("version");

    Reply edit =
        api()
            .put(
                note,
                "carl.counselor",
                withVersion(note(2, "ATTENDED", "Changed", false), version));
    assertEquals(422, edit.status(), edit.body());
    assertTrue(edit.json().getString("detail").contains("addendum"), edit.body());
    assertEquals(
        422,
        api()
            .post(note + "/signature", "carl.counselor", "{\"version\":" + version + "}")
            .status());
    assertRefused(api().post(note + "/addenda", "carl.counselor", "{\"text\":\" \"}"), "text");
    assertEquals(
        403, api().post(note + "/addenda", "nina.nurse", "{\"text\":\"Nurse adds\"}").status());

    Reply addendum =
        api()
            .post(
                note + "/addenda",
                "carl.counselor",
                "{\"text\":\"Late entry: urine screen collected\"}");
    assertEquals(201, addendum.status(), addendum.body());
    assertTrue(
        addendum.raw().headers().firstValue("Location").orElseThrow().contains(note + "/addenda/"));
    assertEquals(noteId, addendum.json().getString("noteId"));

    JsonObject read = api().get(note, "carl.counselor").json();
    assertEquals("Anxious", read.getString("assessment"), "the signed note itself is unchanged");
    assertEquals(version, read.getInt("version"));
    assertEquals(1, read.getJsonArray("addenda").size());
    assertEquals(
        "Late entry: urine screen collected",
        read.getJsonArray("addenda").getJsonObject(0).getString("text"));
    assertEquals(403, api().get(notes, "ivy.intake").status());
    assertEquals(403, api().get(note, "aldo.auditor").status());
    assertEquals(403, api().post(notes, "nina.nurse", note(0, "ATTENDED", "Ok", false)).status());
    assertEquals(
        2,
        Json.createReader(new java.io.StringReader(api().get(notes, "carl.counselor").body()))
            .readArray()
            .size(),
        "the nurse's refused note is not written");
    assertEquals(404, api().get("notes/" + UUID.randomUUID(), "carl.counselor").status());
    assertEquals(404, api().get("notes/not-an-id", "carl.counselor").status());
    assertEquals(
        404, api().get("episodes/" + UUID.randomUUID() + "/notes", "carl.counselor").status());
  }

  @Test
  void theAftercarePlanTakesReferralsAndFollowUpsRecordTheirContacts() {
    String episodeId = admitted("Aftercare", "OP", 60);
    String path = "episodes/" + episodeId + "/aftercare-plan";
    Reply discharged =
        api()
            .post(
                "episodes/" + episodeId + "/discharge",
                "carl.counselor",
                "{\"dischargedOn\":\"" + day(40) + "\",\"reason\":\"COMPLETED\",\"note\":\"\"}");
    assertEquals(200, discharged.status(), discharged.body());

    Reply before = api().get(path, "carl.counselor");
    assertEquals(200, before.status(), before.body());
    assertTrue(before.json().isNull("id") && before.json().isNull("version"), before.body());
    var followUps = before.json().getJsonArray("followUps");
    assertEquals(3, followUps.size());
    JsonObject first = followUps.getJsonObject(0);
    assertEquals(30, first.getInt("daysAfterDischarge"));
    assertEquals(day(10), first.getString("dueOn"));
    assertTrue(first.isNull("outcome"));
    assertEquals(
        404,
        api().post(path + "/referrals", "carl.counselor", referral("OUTPATIENT", 30, 0)).status());

    assertRefused(
        api().post(path, "carl.counselor", "{\"plannedOn\":\"" + day(39) + "\"}"), "plannedOn");
    assertTrue(
        api().get(path, "carl.counselor").json().isNull("id"), "a refused plan is not written");
    Reply written = api().post(path, "carl.counselor", "{\"plannedOn\":\"" + day(41) + "\"}");
    assertEquals(201, written.status(), written.body());
    assertTrue(written.raw().headers().firstValue("Location").orElseThrow().endsWith(path));
    assertEquals(day(41), written.json().getString("plannedOn"));
    assertEquals(
        409, api().post(path, "carl.counselor", "{\"plannedOn\":\"" + day(41) + "\"}").status());
    int version = written.json().getInt("version");

    String referrals = path + "/referrals";
    assertRefused(
        api().post(referrals, "carl.counselor", referral("OUTPATIENT", 42, version)),
        "appointmentOn");
    assertRefused(api().post(referrals, "carl.counselor", referral("SPA", 30, version)), "kind");
    assertRefused(
        api()
            .post(
                referrals,
                "carl.counselor",
                "{\"kind\":\"OUTPATIENT\",\"version\":" + version + "}"),
        "provider");
    assertEquals(
        409, api().post(referrals, "carl.counselor", referral("SPA", 42, version + 1)).status());
    assertEquals(
        404,
        api().post(referrals, "nina.nurse", referral("OUTPATIENT", 30, version)).status(),
        "nurses open only charts with an open episode");
    Reply referred = api().post(referrals, "carl.counselor", referral("SOBER_LIVING", 30, version));
    assertEquals(201, referred.status(), referred.body());
    assertTrue(
        referred.raw().headers().firstValue("Location").orElseThrow().contains(referrals + "/"));
    assertEquals(
        1, referred.json().getJsonArray("referrals").size(), "refused referrals left nothing");
    JsonObject r = referred.json().getJsonArray("referrals").getJsonObject(0);
    assertEquals("SOBER_LIVING", r.getString("kind"));
    assertEquals("Oxford House East", r.getString("provider"));
    assertEquals(day(30), r.getString("appointmentOn"));

    String contact = path + "/follow-ups/" + first.getString("id") + "/contact";
    int fv = first.getInt("version");
    assertRefused(
        api().post(contact, "carl.counselor", contact(-1, "NOT_REACHED", fv)), "contactedOn");
    assertRefused(
        api().post(contact, "carl.counselor", contact(41, "NOT_REACHED", fv)), "contactedOn");
    assertRefused(api().post(contact, "carl.counselor", contact(9, "MAYBE", fv)), "outcome");
    assertRefused(
        api().post(contact, "carl.counselor", "{\"contactedOn\":\"" + day(9) + "\"}"), "outcome");
    assertEquals(403, api().post(contact, "ivy.intake", contact(9, "NOT_REACHED", fv)).status());
    assertTrue(
        api()
            .get("audit?size=200", "adam.admin")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .anyMatch(
                e ->
                    e.getString("outcome").equals("DENIED")
                        && e.getString("username").equals("ivy.intake")
                        && episodeId.equals(e.getString("episodeId", null))
                        && e.getString("action")
                            .equals(
                                "API POST episodes/{id}/aftercare-plan/follow-ups/{id}/contact")),
        "the refusal of a long nested path is audited");
    Reply attempt = api().post(contact, "carl.counselor", contact(9, "NOT_REACHED", fv));
    assertEquals(200, attempt.status(), attempt.body());
    assertEquals("NOT_REACHED", attempt.json().getString("outcome"));
    assertFalse(attempt.json().getBoolean("reached"));
    assertEquals(409, api().post(contact, "carl.counselor", contact(5, "MAYBE", fv)).status());
    Reply reached =
        api()
            .post(
                contact,
                "carl.counselor",
                contact(5, "REACHED_ABSTINENT", attempt.json().getInt("version")));
    assertEquals(200, reached.status(), reached.body());
    assertTrue(reached.json().getBoolean("reached"));
    assertEquals("carl.counselor", reached.json().getString("recordedBy"));
    assertEquals(
        422,
        api()
            .post(
                contact,
                "carl.counselor",
                contact(4, "REACHED_USING", reached.json().getInt("version")))
            .status());

    JsonObject after = api().get(path, "carl.counselor").json();
    assertEquals(
        "REACHED_ABSTINENT", after.getJsonArray("followUps").getJsonObject(0).getString("outcome"));
    assertEquals(day(5), after.getJsonArray("followUps").getJsonObject(0).getString("contactedOn"));
    assertEquals(
        404,
        api()
            .post(
                path + "/follow-ups/" + UUID.randomUUID() + "/contact",
                "carl.counselor",
                contact(5, "DECLINED", 0))
            .status());
    String otherEpisode = admitted("Elsewhere", "OP", 5);
    assertEquals(
        404,
        api()
            .post(
                "episodes/"
                    + otherEpisode
                    + "/aftercare-plan/follow-ups/"
                    + after.getJsonArray("followUps").getJsonObject(1).getString("id")
                    + "/contact",
                "carl.counselor",
                contact(5, "DECLINED", 0))
            .status(),
        "a follow-up of another episode does not resolve");
    String open = "episodes/" + otherEpisode + "/aftercare-plan";
    assertEquals(
        403, api().post(open, "nina.nurse", "{\"plannedOn\":\"" + day(1) + "\"}").status());
    Reply openPlan = api().get(open, "nina.nurse");
    assertEquals(200, openPlan.status(), openPlan.body());
    assertTrue(openPlan.json().isNull("id"), "the nurse's refused plan is not written");
    assertEquals(403, api().get(path, "aldo.auditor").status());
    assertEquals(404, api().get(path, "cora.counselor").status());
    assertEquals(
        404, api().get("episodes/" + UUID.randomUUID() + "/aftercare-plan", "adam.admin").status());
  }

  private static String day(int daysAgo) {
    return LocalDate.now().minusDays(daysAgo).toString();
  }

  private static String problem(String dimension, String targetOn, int version) {
    return Json.createObjectBuilder()
        .add("dimension", dimension)
        .add("problem", "Untreated hepatitis C")
        .add("goal", "Start HCV treatment")
        .add(
            "objective",
            Json.createObjectBuilder()
                .add("statement", "Attend the liver clinic intake")
                .add("targetOn", targetOn)
                .add(
                    "interventions", Json.createArrayBuilder().add("Referral to the liver clinic")))
        .add("version", version)
        .build()
        .toString();
  }

  private static String review(int daysAgo, String summary, int version) {
    return Json.createObjectBuilder()
        .add("reviewedOn", day(daysAgo))
        .add("summary", summary)
        .add("version", version)
        .build()
        .toString();
  }

  private static String note(int daysAgo, String attendance, String assessment, boolean sign) {
    var json =
        Json.createObjectBuilder()
            .add("sessionOn", day(daysAgo))
            .add("sessionType", "INDIVIDUAL")
            .add("attendance", attendance)
            .add("data", "Discussed triggers at work")
            .add("plan", "Continue weekly sessions")
            .add("sign", sign);
    if (assessment != null) {
      json.add("assessment", assessment);
    }
    return json.build().toString();
  }

  private static String withVersion(String json, int version) {
    return json.substring(0, json.length() - 1) + ",\"version\":" + version + "}";
  }

  private static String referral(String kind, int appointmentDaysAgo, int version) {
    return "{\"kind\":\""
        + kind
        + "\",\"provider\":\"Oxford House East\",\"appointmentOn\":\""
        + day(appointmentDaysAgo)
        + "\",\"version\":"
        + version
        + "}";
  }

  private static String contact(int daysAgo, String outcome, int version) {
    return "{\"contactedOn\":\""
        + day(daysAgo)
        + "\",\"outcome\":\""
        + outcome
        + "\",\"note\":\"Phone call\",\"version\":"
        + version
        + "}";
  }

  private static void assertBadParameter(Reply r, String field, int status) {
    assertEquals(status, r.status(), r.body());
    assertTrue(r.isProblem(), r.contentType());
    assertEquals(
        field, r.json().getJsonArray("errors").getJsonObject(0).getString("field"), r.body());
  }

  private String registeredAt(String site, String substance) {
    JsonObject body =
        Json.createObjectBuilder(patient("Report", substance)).add("siteCode", site).build();
    Reply r = api().post("patients", "ivy.intake", body);
    assertEquals(201, r.status(), r.body());
    return r.json().getString("id");
  }

  private static void assertRefused(Reply r, String field) {
    assertEquals(422, r.status(), r.body());
    assertTrue(r.isProblem());
    if (field == null) {
      return;
    }
    assertEquals(
        field, r.json().getJsonArray("errors").getJsonObject(0).getString("field"), r.body());
  }

  private String admitted(String family, String level, int daysAgo) {
    String id = registered(family);
    Reply r = api().post("patients/" + id + "/episodes", "ivy.intake", admission(level, daysAgo));
    assertEquals(201, r.status(), r.body());
    return r.json().getString("id");
  }

  private static JsonObject transition(int daysAgo, String level, String reason, int version) {
    return Json.createObjectBuilder()
        .add("effectiveOn", LocalDate.now().minusDays(daysAgo).toString())
        .add("levelOfCare", level)
        .add("reason", reason)
        .add("note", "clinical note")
        .add("version", version)
        .build();
  }

  private String registered(String family) {
    Reply r = api().post("patients", "ivy.intake", patient(family, "FENTANYL"));
    assertEquals(201, r.status(), r.body());
    assertNotNull(r.json().getString("id"));
    return r.json().getString("id");
  }

  private static JsonObject patient(String family, String substance) {
    return Json.createObjectBuilder()
        .add("givenName", "Test")
        .add("familyName", family + "-" + UUID.randomUUID().toString().substring(0, 6))
        .add("birthDate", "1990-04-02")
        .add("sexAtBirth", "F")
        .add("primarySubstance", substance)
        .build();
  }

  private static JsonObject admission(String level, int daysAgo) {
    return Json.createObjectBuilder()
        .add("admittedOn", LocalDate.now().minusDays(daysAgo).toString())
        .add("levelOfCare", level)
        .add("referralSource", "SELF")
        .add("primaryCounselor", "carl.counselor")
        .build();
  }
}
