package org.continuumcare.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.continuumcare.web.testing.Api;
import org.continuumcare.web.testing.Api.Reply;
import org.continuumcare.web.testing.Browser;
import org.continuumcare.web.testing.Deployments;
import org.continuumcare.web.testing.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Withdrawal scores, screens and the safety flag from outside, against the built WAR (one Payara
 * boot for both): the API with real tokens (statuses, shapes, problem details naming the refused
 * item, roles and care-team visibility) and the chart's Withdrawal and Screens tabs in Debian
 * Chromium, with screenshots in {@code target/screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
class ClinicalScoresHttpIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource URL base;

  /** The default CIWA-Ar bands as the chart shows them (DESIGN.md §3.3). */
  private static final String CIWA_AR_BANDS =
      "CIWA-Ar bands: ≤9 minimal, 10–15 mild, 16–20 moderate, >20 severe";

  private static final List<Integer> COWS_14 = List.of(2, 1, 1, 2, 2, 1, 2, 1, 1, 1, 0);

  private Api api() {
    return new Api(base);
  }

  @Test
  void aNurseRecordsACowsAndSeesWhenTheNextIsDue() {
    String id = admitted("WM");
    Instant taken = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    Reply r =
        api()
            .post(
                "patients/" + id + "/withdrawal-scores",
                "nina.nurse",
                score("COWS", taken.toString(), COWS_14));
    assertEquals(201, r.status(), r.body());
    assertEquals(14, r.json().getInt("total"));
    assertEquals("MODERATE", r.json().getString("severity"));
    assertEquals("nina.nurse", r.json().getString("recordedBy"));
    assertEquals(11, r.json().getJsonArray("items").size());

    Reply list = api().get("patients/" + id + "/withdrawal-scores", "nina.nurse");
    assertEquals(200, list.status(), list.body());
    assertEquals(1, list.json().getJsonArray("scores").size());
    JsonObject due = list.json().getJsonObject("reassessment");
    assertEquals(taken.plus(4, ChronoUnit.HOURS).toString(), due.getString("dueAt"));
    assertFalse(due.getBoolean("overdue"));

    Reply offset =
        api()
            .post(
                "patients/" + id + "/withdrawal-scores",
                "nina.nurse",
                score(
                    "CIWA_AR", "2026-01-05T08:00:00+01:00", List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1)));
    assertEquals(201, offset.status(), offset.body());
    assertEquals("2026-01-05T07:00:00Z", offset.json().getString("takenAt"));
    assertEquals(10, offset.json().getInt("total"));
    assertEquals(
        "MILD", offset.json().getString("severity"), "CIWA-Ar 10 is mild (DESIGN.md bands)");

    // The program's CIWA-Ar bands (continuum.ciwa-ar.bands, default ≤9 minimal): 9 is minimal.
    Reply nine =
        api()
            .post(
                "patients/" + id + "/withdrawal-scores",
                "nina.nurse",
                score(
                    "CIWA_AR", "2026-01-05T09:00:00+01:00", List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 0)));
    assertEquals(201, nine.status(), nine.body());
    assertEquals(9, nine.json().getInt("total"));
    assertEquals(
        "MINIMAL", nine.json().getString("severity"), "CIWA-Ar 9 is minimal (default bands)");
  }

  @Test
  void refusedScoresAreProblemsNamingTheField() {
    String id = admitted("WM");
    String path = "patients/" + id + "/withdrawal-scores";
    String now = Instant.now().toString();
    Reply pulse3 =
        api()
            .post(path, "nina.nurse", score("COWS", now, List.of(3, 1, 1, 2, 2, 1, 2, 1, 1, 1, 0)));
    assertRefused(pulse3, "items[0]");
    assertTrue(pulse3.json().getString("detail").contains("COWS item 1 cannot be 3"));
    assertRefused(
        api().post(path, "nina.nurse", score("COWS", now, COWS_14.subList(0, 9))), "items");
    assertRefused(
        api()
            .post(
                path,
                "nina.nurse",
                score("COWS", Instant.now().plus(2, ChronoUnit.HOURS).toString(), COWS_14)),
        "takenAt");
    assertRefused(api().post(path, "nina.nurse", score("PHQ9", now, COWS_14)), "instrument");
    assertRefused(api().post(path, "nina.nurse", score("BAC", now, COWS_14)), "instrument");
    Reply noItems =
        api()
            .post(path, "nina.nurse", Json.createObjectBuilder().add("instrument", "COWS").build());
    assertEquals(422, noItems.status(), noItems.body());
    assertTrue(noItems.isProblem());
    Reply malformed = api().post(path, "nina.nurse", "{\"instrument\": ");
    assertEquals(400, malformed.status(), malformed.body());
    assertTrue(malformed.isProblem());
    Reply list = api().get(path, "nina.nurse");
    assertEquals(0, list.json().getJsonArray("scores").size(), "nothing written");
  }

  @Test
  void rolesAndCareTeamDecideWhoRecordsAndReads() {
    String id = admitted("WM");
    String now = Instant.now().toString();
    Reply counselor =
        api()
            .post(
                "patients/" + id + "/withdrawal-scores",
                "carl.counselor",
                score("COWS", now, COWS_14));
    assertEquals(403, counselor.status(), counselor.body());
    assertTrue(counselor.isProblem());
    assertEquals(
        404, api().get("patients/" + id + "/screens", "cora.counselor").status(), "not hers");
    assertEquals(403, api().get("patients/" + id + "/screens", "aldo.auditor").status());
    assertEquals(
        404,
        api().get("patients/" + UUID.randomUUID() + "/withdrawal-scores", "adam.admin").status());
    assertEquals(404, api().get("patients/not-an-id/screens", "adam.admin").status());
    assertEquals(200, api().get("patients/" + id + "/screens", "carl.counselor").status());
  }

  @Test
  void aPositivePhq9Item9FlagsTheChartUntilASafetyAssessmentClearsIt() {
    String id = admitted("RES");
    Reply r =
        api()
            .post(
                "patients/" + id + "/screens",
                "carl.counselor",
                score("PHQ9", Instant.now().toString(), List.of(2, 2, 1, 1, 1, 1, 1, 0, 1)));
    assertEquals(201, r.status(), r.body());
    assertEquals(10, r.json().getInt("total"));
    assertEquals("MODERATE", r.json().getString("severity"));
    assertEquals("44261-6", r.json().getString("loinc"));
    assertTrue(r.json().getBoolean("safetyConcern"));

    JsonObject screens = api().get("patients/" + id + "/screens", "carl.counselor").json();
    assertEquals("PHQ-9 item 9 = 1", screens.getJsonObject("safetyFlag").getString("reason"));

    String clearance = "patients/" + id + "/safety-flag/clearance";
    assertRefused(
        api().post(clearance, "carl.counselor", "{\"assessment\": \"  \"}"), "assessment");
    Reply cleared =
        api()
            .post(
                clearance,
                "carl.counselor",
                "{\"assessment\": \"Seen today: passive thoughts, no plan; safety plan made\"}");
    assertEquals(200, cleared.status(), cleared.body());
    assertFalse(cleared.json().getBoolean("open"));
    assertTrue(
        api().get("patients/" + id + "/screens", "carl.counselor").json().isNull("safetyFlag"));

    Reply gad =
        api()
            .post(
                "patients/" + id + "/screens",
                "nina.nurse",
                score("GAD7", Instant.now().toString(), List.of(3, 3, 3, 3, 3, 0, 0)));
    assertEquals(201, gad.status(), gad.body());
    assertEquals("SEVERE", gad.json().getString("severity"));
    assertFalse(gad.json().getBoolean("safetyConcern"));
  }

  @Test
  void aNurseSeesTheCowsTrendIsToldWhatIsMissingAndRecordsAScore() throws Exception {
    String id = admitted("WM");
    int[][] series = {
      {2, 2, 3, 2, 2, 2, 2, 1, 1, 1, 0},
      {2, 2, 1, 2, 2, 2, 2, 1, 1, 1, 0},
      {1, 2, 1, 2, 2, 1, 1, 1, 1, 1, 0},
      {1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0}
    };
    for (int i = 0; i < series.length; i++) {
      Instant at = Instant.now().minus(5 * (series.length - i) + 1, ChronoUnit.HOURS);
      Reply r =
          api()
              .post(
                  "patients/" + id + "/withdrawal-scores",
                  "nina.nurse",
                  score(
                      "COWS", at.toString(), java.util.Arrays.stream(series[i]).boxed().toList()));
      assertEquals(201, r.status(), r.body());
    }
    try (Browser nina = new Browser(base)) {
      nina.open("patient/chart.xhtml?id=" + id).signIn("nina.nurse");
      nina.open("patient/chart.xhtml?id=" + id);
      nina.click(By.cssSelector("a[href='#tabs:withdrawal']"));
      nina.waitForText(By.id("tabs:reassessment-overdue"), "Withdrawal reassessment overdue");
      nina.waitFor(By.cssSelector("[id='tabs:trend'] canvas"));
      Thread.sleep(800); // the chart animates in
      nina.waitForText(By.id("withdrawalBands"), CIWA_AR_BANDS);
      nina.waitForText(By.id("withdrawalBands"), "Sullivan et al., Br J Addict 1989;84:1353–7");
      nina.screenshot("chart-withdrawal-tab");

      nina.click(By.id("tabs:withdrawalActions:record"));
      nina.waitFor(By.id("scoreForm:item:0:answer"));
      nina.waitForText(By.id("scoreForm:bands"), CIWA_AR_BANDS + " — source: Sullivan et al.");
      nina.screenshot("withdrawal-dialog-bands");
      save(nina);
      nina.waitFor(By.cssSelector("[id='scoreForm:item:0:answer'].ui-state-error"));
      nina.screenshot("withdrawal-dialog-missing-items");

      int[] answers = {1, 1, 0, 1, 1, 1, 1, 0, 0, 1, 0};
      for (int i = 0; i < answers.length; i++) {
        nina.choose("scoreForm:item:" + i + ":answer", answers[i] + " ");
      }
      nina.type(By.id("scoreForm:takenAt_input"), "2099-01-01 08:00");
      save(nina);
      nina.waitForText(By.id("scoreForm"), "cannot be taken in the future");
      ((org.openqa.selenium.JavascriptExecutor) nina.driver())
          .executeScript(
              "arguments[0].scrollIntoView({block: 'center'})",
              nina.driver().findElement(By.id("scoreForm:takenAt_input")));
      nina.screenshot("withdrawal-dialog-future-time");

      nina.type(
          By.id("scoreForm:takenAt_input"),
          java.time.LocalDateTime.now()
              .minusMinutes(5)
              .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
      save(nina);
      nina.waitForText(By.id("notices"), "COWS recorded: 7, Mild");
      nina.waitForText(By.id("tabs:scores"), "7 / 48");
      nina.waitForText(By.id("tabs:reassessment-due"), "Next withdrawal reassessment due");
      assertEquals(
          5, nina.driver().findElements(By.cssSelector("[id='tabs:scores_data'] tr")).size());
      nina.screenshot("chart-withdrawal-recorded");
      ((org.openqa.selenium.JavascriptExecutor) nina.driver())
          .executeScript(
              "arguments[0].scrollIntoView({block: 'center'})",
              nina.driver().findElement(By.id("withdrawalBands")));
      nina.screenshot("chart-withdrawal-bands");
    }
  }

  @Test
  void aCounselorRecordsAPositivePhq9SeesTheFlagAndClearsItWithAnAssessment() throws Exception {
    String id = admitted("RES");
    try (Browser carl = new Browser(base)) {
      carl.open("patient/chart.xhtml?id=" + id).signIn("carl.counselor");
      carl.open("patient/chart.xhtml?id=" + id);
      carl.click(By.cssSelector("a[href='#tabs:screens']"));
      carl.click(By.id("tabs:screenActions:record"));
      carl.waitFor(By.id("scoreForm:item:0:answer"));
      carl.choose("scoreForm:instrument", "PHQ-9");
      int[] answers = {2, 2, 1, 1, 1, 1, 1, 0, 1};
      for (int i = 0; i < answers.length; i++) {
        carl.choose("scoreForm:item:" + i + ":answer", answers[i] + " ");
      }
      carl.screenshot("screens-dialog-phq9");
      save(carl);
      carl.waitForText(By.id("safety"), "PHQ-9 item 9 = 1");
      carl.waitForText(By.id("tabs:screenTable"), "Item 9 (thoughts of self-harm) positive");
      carl.screenshot("chart-screens-safety-flag");

      carl.click(By.id("safetyActions:clear"));
      carl.waitFor(By.id("safetyForm:assessment"));
      carl.click(By.id("safetyForm:save"));
      carl.waitForText(By.id("safetyForm"), "Document the safety assessment");
      carl.screenshot("safety-dialog-assessment-required");
      carl.type(
          By.id("safetyForm:assessment"), "Seen today: passive thoughts, no plan; safety plan");
      carl.click(By.id("safetyForm:save"));
      carl.waitForText(By.id("notices"), "Safety flag cleared");
      assertFalse(carl.text().contains("PHQ-9 item 9 = 1"));
    }
  }

  /** Saves the score dialog: its button is at the foot of the dialog's scrolled content. */
  private static void save(Browser browser) throws InterruptedException {
    var button = browser.waitFor(By.id("scoreForm:save"));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
    Thread.sleep(500); // a select's panel may still be closing over it
    browser.click(By.id("scoreForm:save"));
  }

  private static void assertRefused(Reply r, String field) {
    assertEquals(422, r.status(), r.body());
    assertTrue(r.isProblem(), r.contentType());
    assertEquals(
        field, r.json().getJsonArray("errors").getJsonObject(0).getString("field"), r.body());
  }

  private static JsonObject score(String instrument, String takenAt, List<Integer> items) {
    JsonArrayBuilder answers = Json.createArrayBuilder();
    items.forEach(answers::add);
    return Json.createObjectBuilder()
        .add("instrument", instrument)
        .add("takenAt", takenAt)
        .add("items", answers)
        .build();
  }

  /** A patient admitted yesterday at the level, on Carl's caseload; returns the patient id. */
  private String admitted(String level) {
    return Fixtures.admit(
            api(), Fixtures.unique("Scores"), "FENTANYL", level, LocalDate.now().minusDays(1))
        .patientId();
  }
}
