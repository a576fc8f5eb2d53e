package org.continuumcare.web.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.continuumcare.web.testing.Api;
import org.continuumcare.web.testing.Api.Reply;
import org.continuumcare.web.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The MAT record on Payara Micro against the real PostgreSQL, called over HTTP as the demo realm's
 * people (real roles and care teams): the dose-change history and the current dose, the nurses'
 * administrations of clinic-given medication (one per order and day, also in a race; only while the
 * order is active; never in the future), who may do what, and the audit rows of it all (read back
 * as the auditor does).
 */
@ExtendWith(ArquillianExtension.class)
class MatRecordIT {

  /**
   * The built WAR as deployed, called from outside: the realm's prescriber and nurse roles are
   * those of the WAR's own role mapping (the in-container test mapping knows only the run-as
   * callers).
   */
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource URL base;

  private final LocalDate today = LocalDate.now();

  @Test
  void thePrescriberChangesTheDoseAndTheLatestChangeIsTheCurrentDose() throws Exception {
    String patient = admittedWithPrescriber();
    String order = started(patient, "METHADONE", 20, "30");

    Reply raised = dose(order, "pia.prescriber", "40", "mg", 15, "COWS 11 at peak");
    assertEquals(201, raised.status(), raised.body());
    assertEquals(40, raised.json().getJsonNumber("dose").intValue(), raised.body());
    Reply again = dose(order, "pia.prescriber", "60", "mg", 5, "cravings, using on top");
    assertEquals(201, again.status(), again.body());

    JsonObject listed = orders(patient, "carl.counselor").getJsonObject(0);
    assertEquals(60, listed.getJsonNumber("dose").intValue(), listed.toString());
    assertEquals("mg", listed.getString("unit"));
    JsonArray doses = listed.getJsonArray("doses");
    assertEquals(3, doses.size(), doses.toString());
    assertEquals(JsonValue.NULL, doses.getJsonObject(0).get("reason"), "the starting dose");
    assertEquals(today.minusDays(20).toString(), doses.getJsonObject(0).getString("effectiveOn"));
    assertEquals("COWS 11 at peak", doses.getJsonObject(1).getString("reason"));
    assertEquals("pia.prescriber", doses.getJsonObject(2).getString("changedBy"));

    refused(dose(order, "pia.prescriber", "70", "mg", 5, "same day again"), 422, "effectiveOn");
    refused(dose(order, "pia.prescriber", "70", "mg", -1, "tomorrow"), 422, "effectiveOn");
    refused(dose(order, "pia.prescriber", "60", "mg", 0, "unchanged"), 422, "dose");
    refused(dose(order, "pia.prescriber", "70", "grams", 0, "bad unit"), 422, "unit");
    refused(dose(order, "pia.prescriber", "70", "mg", 0, ""), 422, "reason");
    assertEquals(403, dose(order, "carl.counselor", "70", "mg", 0, "not mine").status());
    assertEquals(403, dose(order, "nina.nurse", "70", "mg", 0, "not mine").status());
    assertEquals(
        404, dose(UUID.randomUUID().toString(), "pia.prescriber", "70", "mg", 0, "x").status());
    assertEquals(404, dose("nonsense", "pia.prescriber", "70", "mg", 0, "x").status());

    UUID id = UUID.fromString(patient);
    assertEquals(2L, audit(id, "MatService.changeDose", "SUCCESS", "pia.prescriber"));
    assertEquals(
        3L,
        audit(id, "MatService.changeDose", "REFUSED", "pia.prescriber"),
        "the domain's refusals (malformed bodies never reach the service)");
    assertEquals(1L, denied("POST", "mat-orders/" + order + "/doses", "carl.counselor"));
    assertEquals(1L, denied("POST", "mat-orders/" + order + "/doses", "nina.nurse"));
  }

  @Test
  void theNurseRecordsGivenMissedAndRefusedDosesOncePerDayWhileTheOrderIsActive() throws Exception {
    String patient = admittedWithPrescriber();
    String order = started(patient, "METHADONE", 10, "60");

    Reply given = administer(order, "nina.nurse", 3, "GIVEN", "60", null);
    assertEquals(201, given.status(), given.body());
    assertEquals("mg", given.json().getString("unit"));
    assertEquals("nina.nurse", given.json().getString("recordedBy"));
    Reply missed = administer(order, "nina.nurse", 2, "MISSED", null, "did not come in");
    assertEquals(201, missed.status(), missed.body());
    assertEquals(JsonValue.NULL, missed.json().get("dose"));
    assertEquals(201, administer(order, "nina.nurse", 1, "REFUSED", null, null).status());

    Reply twice = administer(order, "nina.nurse", 3, "MISSED", null, null);
    assertEquals(409, twice.status(), twice.body());
    assertTrue(twice.isProblem());
    assertTrue(twice.json().getString("detail").contains("already recorded"), twice.body());

    refused(administer(order, "nina.nurse", -1, "GIVEN", "60", null), 422, "date");
    refused(administer(order, "nina.nurse", 11, "GIVEN", "60", null), 422, "date");
    refused(administer(order, "nina.nurse", 0, "GIVEN", null, null), 422, "dose");
    refused(administer(order, "nina.nurse", 0, "GIVEN", "80", null), 422, "dose");
    refused(administer(order, "nina.nurse", 0, "MISSED", "60", null), 422, "dose");
    refused(administer(order, "nina.nurse", 0, "LATE", null, null), 422, "status");

    assertEquals(403, administer(order, "carl.counselor", 0, "GIVEN", "60", null).status());
    assertEquals(403, administer(order, "pia.prescriber", 0, "GIVEN", "60", null).status());

    Reply list = api().get("mat-orders/" + order + "/administrations", "carl.counselor");
    assertEquals(200, list.status(), list.body());
    JsonArray items = array(list);
    assertEquals(3, items.size(), list.body());
    assertEquals("REFUSED", items.getJsonObject(0).getString("status"), "latest first");
    assertEquals("GIVEN", items.getJsonObject(2).getString("status"));
    assertEquals(200, api().get("mat-orders/" + order + "/administrations", "nina.nurse").status());
    assertEquals(403, api().get("mat-orders/" + order + "/administrations", "ivy.intake").status());

    Reply stopped =
        api()
            .post(
                "mat-orders/" + order + "/stop",
                "pia.prescriber",
                "{\"endedOn\":\"" + today + "\",\"reason\":\"TRANSFERRED_CARE\"}");
    assertEquals(200, stopped.status(), stopped.body());
    refused(administer(order, "nina.nurse", 0, "GIVEN", "60", null), 422, "date");

    UUID id = UUID.fromString(patient);
    assertEquals(3L, audit(id, "MatService.administer", "SUCCESS", "nina.nurse"));
    assertEquals(7L, audit(id, "MatService.administer", "REFUSED", "nina.nurse"));
    assertEquals(1L, denied("POST", "mat-orders/" + order + "/administrations", "carl.counselor"));
    assertEquals(1L, audit(id, "MatService.administrationsOf", "SUCCESS", "carl.counselor"));
    assertEquals(
        3,
        array(api().get("mat-orders/" + order + "/administrations", "adam.admin")).size(),
        "only what was accepted is stored");
  }

  @Test
  void onlyClinicAdministeredMedicationHasAdministrations() throws Exception {
    String patient = admittedWithPrescriber();
    String order = started(patient, "BUPRENORPHINE", 3, "16");
    Reply refused = administer(order, "nina.nurse", 0, "GIVEN", "16", null);
    assertEquals(422, refused.status(), refused.body());
    assertTrue(refused.json().getString("detail").contains("clinic-administered"), refused.body());
  }

  @Test
  void concurrentRecordsOfOneDayLeaveExactlyOne() throws Exception {
    String patient = admittedWithPrescriber();
    String order = started(patient, "NALTREXONE_XR", 5, "380");
    api().get("mat-orders/" + order + "/administrations", "nina.nurse");
    int threads = 6;
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      results.add(
          executor.submit(
              () -> {
                start.await();
                return administer(order, "nina.nurse", 0, "GIVEN", "380", "injection").status();
              }));
    }
    start.countDown();
    int created = 0;
    try {
      for (Future<Integer> r : results) {
        int status = r.get();
        assertTrue(status == 201 || status == 409, "status " + status);
        created += status == 201 ? 1 : 0;
      }
    } finally {
      executor.shutdownNow();
    }
    assertEquals(1, created);
    assertEquals(
        1, array(api().get("mat-orders/" + order + "/administrations", "nina.nurse")).size());
  }

  private Api api() {
    return new Api(base);
  }

  /** A patient admitted 30 days ago with carl.counselor and pia.prescriber on the care team. */
  private String admittedWithPrescriber() {
    Reply created =
        api()
            .post(
                "patients",
                "ivy.intake",
                Json.createObjectBuilder()
                    .add("givenName", "Test")
                    .add("familyName", "Mat-" + UUID.randomUUID().toString().substring(0, 6))
                    .add("birthDate", "1988-02-11")
                    .add("sexAtBirth", "M")
                    .add("primarySubstance", "FENTANYL")
                    .build());
    assertEquals(201, created.status(), created.body());
    String id = created.json().getString("id");
    Reply admitted =
        api()
            .post(
                "patients/" + id + "/episodes",
                "ivy.intake",
                Json.createObjectBuilder()
                    .add("admittedOn", today.minusDays(30).toString())
                    .add("levelOfCare", "WM")
                    .add("referralSource", "SELF")
                    .add("primaryCounselor", "carl.counselor")
                    .build());
    assertEquals(201, admitted.status(), admitted.body());
    Reply team =
        api()
            .put(
                "episodes/" + admitted.json().getString("id") + "/care-team",
                "adam.admin",
                "{\"primaryCounselor\":\"carl.counselor\",\"prescriber\":\"pia.prescriber\"}");
    assertEquals(200, team.status(), team.body());
    return id;
  }

  private String started(String patient, String medication, int daysAgo, String dose) {
    Reply r =
        api()
            .post(
                "patients/" + patient + "/mat-orders",
                "pia.prescriber",
                "{\"medication\":\""
                    + medication
                    + "\",\"phase\":\"INDUCTION\",\"startedOn\":\""
                    + today.minusDays(daysAgo)
                    + "\",\"dose\":"
                    + dose
                    + ",\"unit\":\"mg\"}");
    assertEquals(201, r.status(), r.body());
    return r.json().getString("id");
  }

  private Reply dose(
      String order, String user, String dose, String unit, int daysAgo, String reason) {
    return api()
        .post(
            "mat-orders/" + order + "/doses",
            user,
            Json.createObjectBuilder()
                .add("dose", new java.math.BigDecimal(dose))
                .add("unit", unit)
                .add("effectiveOn", today.minusDays(daysAgo).toString())
                .add("reason", reason)
                .build());
  }

  private Reply administer(
      String order, String user, int daysAgo, String status, String dose, String note) {
    var body =
        Json.createObjectBuilder()
            .add("date", today.minusDays(daysAgo).toString())
            .add("status", status);
    if (dose != null) {
      body.add("dose", new java.math.BigDecimal(dose));
    }
    if (note != null) {
      body.add("note", note);
    }
    return api().post("mat-orders/" + order + "/administrations", user, body.build());
  }

  private JsonArray orders(String patient, String user) {
    Reply r = api().get("patients/" + patient + "/mat-orders", user);
    assertEquals(200, r.status(), r.body());
    return array(r);
  }

  private static JsonArray array(Reply r) {
    return Json.createReader(new StringReader(r.body())).readArray();
  }

  private static void refused(Reply r, int status, String field) {
    assertEquals(status, r.status(), r.body());
    assertTrue(r.isProblem(), r.contentType());
    assertEquals(
        field, r.json().getJsonArray("errors").getJsonObject(0).getString("field"), r.body());
  }

  /** Rows of the patient's audit trail with this action, outcome and user. */
  private long audit(UUID patientId, String action, String outcome, String username) {
    Reply log = api().get("audit?size=200&patientId=" + patientId, "aldo.auditor");
    assertEquals(200, log.status(), log.body());
    return log.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("action").equals(action))
        .filter(r -> r.getString("outcome").equals(outcome))
        .filter(r -> r.getString("username").equals(username))
        .count();
  }

  /** Role refusals are recorded at the web boundary, by the call's path (no patient). */
  private long denied(String method, String path, String username) {
    Reply log = api().get("audit?size=200&from=" + today.minusDays(1), "aldo.auditor");
    assertEquals(200, log.status(), log.body());
    return log.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("outcome").equals("DENIED"))
        .filter(r -> r.getString("username").equals(username))
        .filter(r -> r.getString("action").startsWith("API " + method))
        .filter(r -> r.getString("action").endsWith(path))
        .count();
  }
}
