package org.continuumcare.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.continuumcare.web.testing.Api;
import org.continuumcare.web.testing.Browser;
import org.continuumcare.web.testing.Database;
import org.continuumcare.web.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The clinical-record screens in a real browser: a counselor writes a treatment plan (and is told
 * why a target date is refused), a signed progress note, a group session, discharges the patient
 * and writes the aftercare plan. Screenshots land in {@code target/screenshots}. Also the follow-up
 * completion report over the API.
 */
@ExtendWith(ArquillianExtension.class)
class PlansScreensIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource URL base;

  @Test
  void aCounselorKeepsThePlanNotesAndAftercareOfAPatient() throws Exception {
    String family = "Aguilar" + UUID.randomUUID().toString().substring(0, 4);
    try (Browser intake = new Browser(base)) {
      intake.open("intake/admit.xhtml").signIn("ivy.intake");
      intake.open("intake/admit.xhtml");
      intake.type(By.id("admit:givenName"), "Rosa");
      intake.type(By.id("admit:familyName"), family);
      intake.typeDate(By.id("admit:birthDate_input"), "1987-05-19");
      intake.choose("admit:sexAtBirth", "Female");
      intake.choose("admit:primarySubstance", "Heroin");
      intake.choose("admit:levelOfCare", "Residential");
      intake.choose("admit:referralSource", "Self");
      intake.type(By.id("admit:primaryCounselor"), "carl.counselor");
      intake.click(By.id("admit:submit"));
      intake.waitFor(By.id("patients"));
    }
    try (Browser carl = new Browser(base)) {
      carl.open("caseload/index.xhtml").signIn("carl.counselor");
      carl.open("caseload/index.xhtml");
      carl.type(By.id("caseload:query"), family);
      carl.waitForText(By.id("caseload:patients"), family);
      carl.click(By.linkText(family + ", Rosa"));
      carl.waitForText(By.id("current-level"), "Residential");

      // Plan: write it, then a problem whose target date is before the plan date is refused.
      carl.click(By.linkText("Plan"));
      carl.click(By.cssSelector("[id$='planTab:writePlan']"));
      carl.waitFor(By.id("planForm:save"));
      carl.click(By.id("planForm:save"));
      carl.waitForText(By.cssSelector(".plan-summary"), "Next review due");
      carl.click(By.cssSelector("[id$='planTab:addProblem']"));
      carl.waitFor(By.id("problemForm:save"));
      carl.choose("problemForm:dimension", "5.");
      carl.type(By.id("problemForm:problem"), "Uses fentanyl daily when alone after work");
      carl.type(By.id("problemForm:goal"), "Stay abstinent from opioids");
      carl.type(By.id("problemForm:objective"), "Logs cravings and one coping skill each day");
      carl.type(By.id("problemForm:interventions"), "Relapse-prevention group 3x weekly");
      // (Escape would close the dialog: type the date, then move on to another field.)
      carl.type(By.id("problemForm:targetOn_input"), "2000-01-01");
      carl.click(By.id("problemForm:goal"));
      carl.click(By.id("problemForm:save"));
      carl.waitForText(By.id("problemForm"), "cannot be before the plan date");
      carl.screenshot("plan-problem-refused");
      carl.type(By.id("problemForm:targetOn_input"), LocalDate.now().plusDays(30).toString());
      carl.click(By.id("problemForm:goal"));
      clickBelowTheFold(carl, By.id("problemForm:save"));
      carl.waitForText(By.cssSelector(".problem"), "Stay abstinent from opioids");
      carl.screenshot("chart-plan");

      // Notes: a DAP note, signed.
      carl.click(By.linkText("Notes"));
      carl.click(By.cssSelector("[id$='notesTable:writeNote']"));
      carl.waitFor(By.id("noteForm:sign"));
      carl.type(By.id("noteForm:data"), "First week in residential; slept well, two cravings.");
      carl.type(By.id("noteForm:assessment"), "Engaged; withdrawal resolved.");
      carl.type(By.id("noteForm:plan"), "Start relapse-prevention group.");
      carl.click(By.id("noteForm:sign"));
      carl.waitForText(By.cssSelector(".note"), "signed by carl.counselor");
      carl.screenshot("chart-notes");

      // A group session for the caseload.
      carl.open("group/session.xhtml");
      carl.type(By.id("group:topic"), "Coping with cravings");
      carl.type(By.id("group:note"), "Practiced urge surfing.");
      carl.click(By.id("group:save"));
      carl.waitForText(By.id("group"), "Choose between 1 and");
      carl.choose("group:patients:0:attendance", "Attended");
      carl.screenshot("group-session");
      carl.click(By.id("group:save"));
      carl.waitForText(By.id("notices"), "recorded");
      carl.screenshot("group-session-recorded");

      // Discharge, then the aftercare plan with a referral; the follow-ups are listed.
      carl.open("caseload/index.xhtml");
      carl.type(By.id("caseload:query"), family);
      carl.waitForText(By.id("caseload:patients"), family);
      carl.click(By.linkText(family + ", Rosa"));
      dischargeWithAftercarePlan(carl);
      assertTrue(carl.text().contains("30 days after discharge"), carl.text());
      carl.screenshot("chart-aftercare");
    }
  }

  /**
   * A record like the demo's: MAT with clinic doses, withdrawal scores with a trend, PHQ-9/GAD-7
   * with a safety flag, drug screens with an unexpected result, recovery with meetings, a plan, a
   * signed note with an addendum, consents (one revoked), an aftercare plan. Opening the chart
   * reads (and audits) only the tab shown; each tab is looked at in a screenshot.
   */
  @Test
  void theChartReadsOnlyTheTabShownAndEveryTabReadsWell() throws Exception {
    LocalDate today = LocalDate.now();
    Api api = new Api(base);
    String id = richRecord(api, today);
    UUID patient = UUID.fromString(id);

    try (Browser carl = new Browser(base)) {
      carl.open("caseload/index.xhtml").signIn("carl.counselor");
      carl.driver().manage().window().setSize(new Dimension(1366, 1500));
      long mark = Database.number("select coalesce(max(id), 0) from audit_event");
      carl.open("patient/chart.xhtml?id=" + id);
      carl.waitForText(By.id("current-level"), "Residential");
      carl.waitForText(By.id("safety"), "PHQ-9 item 9");
      // The header (patient, safety flag) and the care tab only: no other tab's data is read.
      long careView = auditRows(patient, mark, "%");
      System.out.println("Audit rows written by one chart view on the care tab: " + careView);
      assertEquals(1, auditRows(patient, mark, "PatientService.open"), "the chart opened");
      assertEquals(1, auditRows(patient, mark, "ScoreService.safetyFlagOf"), "the header's flag");
      assertEquals(2, careView, "rows of one chart view on the care tab");
      carl.screenshot("chart-tab-care");

      // The MAT tab, loaded when clicked: now (and only now) MAT is read.
      carl.click(By.linkText("MAT"));
      carl.waitForText(By.id("mat-current"), "Methadone");
      assertEquals(1, auditRows(patient, mark, "MatService.ordersOf"));
      assertEquals(0, auditRows(patient, mark, "ScoreService.withdrawalOf"));
      assertEquals(1, auditRows(patient, mark, "ScoreService.safetyFlagOf"), "header not redrawn");
      carl.screenshot("chart-tab-mat");
      // Back to a tab already shown: from the browser's cache, nothing read again.
      long afterMat = auditRows(patient, mark, "%");
      System.out.println("... and after the MAT tab was clicked: " + afterMat);
      carl.click(By.linkText("Level of care"));
      carl.waitFor(By.id("tabs:history"));
      carl.click(By.linkText("MAT"));
      carl.waitFor(By.id("mat-current"));
      assertEquals(afterMat, auditRows(patient, mark, "%"), "a cached tab is not read again");

      carl.click(By.linkText("Withdrawal"));
      carl.waitFor(By.id("tabs:trend"));
      carl.waitForText(By.id("tabs:scores"), "COWS");
      carl.screenshot("chart-tab-withdrawal");
      carl.click(By.linkText("Screens"));
      carl.waitForText(By.id("tabs:screenTable"), "GAD-7");
      carl.screenshot("chart-tab-screens");
      carl.click(By.linkText("Drug screens"));
      carl.waitForText(By.id("tabs:screenList"), "Unexpected");
      carl.screenshot("chart-tab-drug-screens");
      carl.click(By.linkText("Recovery"));
      carl.waitForText(By.id("tabs:meetings"), "Tuesday Night NA");
      carl.screenshot("chart-tab-recovery");
      carl.click(By.linkText("Consents & disclosures"));
      carl.waitForText(By.id("tabs:consentList:consentTable"), "Revoked");
      carl.screenshot("chart-tab-consents");

      // A deep link opens its tab directly, reading that tab only.
      long beforeLink = auditRows(patient, mark, "DrugScreenService.screensOf");
      carl.open("patient/chart.xhtml?id=" + id + "&tab=recoveryTab");
      carl.waitForText(By.id("tabs:meetings"), "Tuesday Night NA");
      assertEquals(beforeLink, auditRows(patient, mark, "DrugScreenService.screensOf"));

      // Plan and a signed note with an addendum, written in their dialogs.
      carl.open("patient/chart.xhtml?id=" + id + "&tab=plan");
      carl.click(By.cssSelector("[id$='planTab:writePlan']"));
      carl.waitFor(By.id("planForm:save"));
      carl.click(By.id("planForm:save"));
      carl.waitForText(By.cssSelector(".plan-summary"), "Next review due");
      carl.click(By.cssSelector("[id$='planTab:addProblem']"));
      carl.waitFor(By.id("problemForm:save"));
      carl.choose("problemForm:dimension", "5.");
      carl.type(By.id("problemForm:problem"), "Uses heroin daily when alone after work");
      carl.type(By.id("problemForm:goal"), "Stay abstinent from opioids");
      carl.type(By.id("problemForm:objective"), "Logs cravings and one coping skill each day");
      carl.type(By.id("problemForm:interventions"), "Relapse-prevention group 3x weekly");
      carl.type(By.id("problemForm:targetOn_input"), today.plusDays(30).toString());
      carl.click(By.id("problemForm:goal"));
      clickBelowTheFold(carl, By.id("problemForm:save"));
      carl.waitForText(By.cssSelector(".problem"), "Stay abstinent from opioids");
      carl.screenshot("chart-tab-plan");

      carl.click(By.linkText("Notes"));
      carl.click(By.cssSelector("[id$='notesTable:writeNote']"));
      carl.waitFor(By.id("noteForm:sign"));
      carl.type(
          By.id("noteForm:data"), "Second week; two cravings, both after calls with partner.");
      carl.type(By.id("noteForm:assessment"), "Engaged; methadone dose holding.");
      carl.type(By.id("noteForm:plan"), "Continue group; review safety plan.");
      carl.click(By.id("noteForm:sign"));
      carl.waitForText(By.cssSelector(".note"), "signed by carl.counselor");
      carl.click(By.cssSelector(".note .ui-button-secondary"));
      carl.waitFor(By.id("addendumForm:text"));
      carl.type(By.id("addendumForm:text"), "Patient called: a sober-living bed from next month.");
      carl.click(By.id("addendumForm:save"));
      carl.waitForText(By.cssSelector(".note"), "sober-living bed");
      carl.screenshot("chart-tab-notes");

      // Discharged, with an aftercare plan and its follow-up contacts.
      dischargeWithAftercarePlan(carl);
      carl.screenshot("chart-tab-aftercare");
      assertTrue(carl.driver().getPageSource().indexOf("???") < 0, "a missing i18n key");
    }
  }

  /**
   * On the open chart: discharges (treatment completed), writes the aftercare plan and refers to a
   * MAT provider, each through its dialog, waiting for each confirmation.
   */
  private static void dischargeWithAftercarePlan(Browser carl) {
    carl.click(By.id("actions:discharge"));
    carl.choose("dischargeForm:reason", "Treatment completed");
    carl.click(By.id("dischargeForm:save"));
    carl.waitForText(By.tagName("body"), "Discharged on");
    carl.click(By.linkText("Aftercare"));
    carl.click(By.cssSelector("[id$='aftercareTab:writeAftercare']"));
    carl.waitFor(By.id("aftercarePlanForm:save"));
    carl.click(By.id("aftercarePlanForm:save"));
    carl.waitForText(By.tagName("body"), "Aftercare plan of");
    carl.click(By.cssSelector("[id$='aftercareTab:addReferral']"));
    carl.waitFor(By.id("referralForm:save"));
    carl.choose("referralForm:kind", "MAT provider");
    carl.type(By.id("referralForm:provider"), "Riverside Opioid Treatment Program");
    carl.click(By.id("referralForm:save"));
    carl.waitForText(By.tagName("body"), "Riverside Opioid Treatment Program");
  }

  /** Audit rows of the patient after row {@code mark} whose action is like {@code action}. */
  private static long auditRows(UUID patient, long mark, String action)
      throws java.sql.SQLException {
    return Database.number(
        "select count(*) from audit_event where id > ? and patient_id = ? and action like ?",
        mark,
        patient,
        action);
  }

  /** A patient 20 days in residential care on Carl's caseload with a full record; the id. */
  private static String richRecord(Api api, LocalDate today) {
    String family = "Castillo" + UUID.randomUUID().toString().substring(0, 4);
    Api.Reply p =
        api.post(
            "patients",
            "ivy.intake",
            "{\"givenName\":\"Inés\",\"familyName\":\""
                + family
                + "\",\"birthDate\":\"1999-03-14\",\"sexAtBirth\":\"F\","
                + "\"primarySubstance\":\"HEROIN\"}");
    assertEquals(201, p.status(), p.body());
    String id = p.json().getString("id");
    Api.Reply episode =
        api.post(
            "patients/" + id + "/episodes",
            "ivy.intake",
            "{\"admittedOn\":\""
                + today.minusDays(20)
                + "\",\"levelOfCare\":\"RES\",\"referralSource\":\"SELF\","
                + "\"primaryCounselor\":\"carl.counselor\"}");
    created(episode);
    assertEquals(
        200,
        api.put(
                "episodes/" + episode.json().getString("id") + "/care-team",
                "adam.admin",
                "{\"primaryCounselor\":\"carl.counselor\",\"prescriber\":\"pia.prescriber\"}")
            .status());
    Api.Reply started =
        api.post(
            "patients/" + id + "/mat-orders",
            "pia.prescriber",
            "{\"medication\":\"METHADONE\",\"phase\":\"INDUCTION\",\"startedOn\":\""
                + today.minusDays(18)
                + "\",\"dose\":30,\"unit\":\"mg\"}");
    created(started);
    String order = started.json().getString("id");
    created(
        api.post(
            "mat-orders/" + order + "/doses",
            "pia.prescriber",
            "{\"dose\":50,\"unit\":\"mg\",\"effectiveOn\":\""
                + today.minusDays(12)
                + "\",\"reason\":\"Withdrawal in the afternoon (COWS 10)\"}"));
    created(
        api.post(
            "mat-orders/" + order + "/phases",
            "pia.prescriber",
            "{\"phase\":\"STABILIZATION\",\"effectiveOn\":\"" + today.minusDays(12) + "\"}"));
    for (int daysAgo = 10; daysAgo >= 1; daysAgo--) {
      boolean missed = daysAgo == 4;
      created(
          api.post(
              "mat-orders/" + order + "/administrations",
              "nina.nurse",
              "{\"date\":\""
                  + today.minusDays(daysAgo)
                  + "\",\"status\":\""
                  + (missed
                      ? "MISSED\",\"note\":\"Did not come in; counselor called\"}"
                      : "GIVEN\",\"dose\":50}")));
    }
    int[][] cows = {
      {2, 2, 3, 2, 2, 2, 2, 1, 1, 1, 0},
      {2, 1, 1, 2, 2, 1, 2, 1, 1, 1, 0},
      {1, 1, 0, 1, 1, 1, 1, 0, 0, 1, 0}
    };
    for (int i = 0; i < cows.length; i++) {
      created(
          api.post(
              "patients/" + id + "/withdrawal-scores",
              "nina.nurse",
              score("COWS", Instant.now().minus(Duration.ofHours(19 * 24 - i * 12L)), cows[i])));
    }
    created(
        api.post(
            "patients/" + id + "/screens",
            "carl.counselor",
            score(
                "GAD7",
                Instant.now().minus(Duration.ofDays(15)),
                new int[] {2, 2, 3, 2, 1, 2, 1})));
    created(
        api.post(
            "patients/" + id + "/screens",
            "carl.counselor",
            score(
                "PHQ9",
                Instant.now().minus(Duration.ofHours(3)),
                new int[] {2, 2, 1, 1, 1, 1, 1, 0, 1})));
    for (int daysAgo : new int[] {14, 3}) {
      created(
          api.post(
              "patients/" + id + "/drug-screens",
              "nina.nurse",
              "{\"collectedAt\":\""
                  + LocalDateTime.now().minusDays(daysAgo).withNano(0).withSecond(0)
                  + "\",\"specimen\":\"URINE\",\"observed\":true,\"results\":["
                  + "{\"analyte\":\"METHADONE\",\"result\":\"POSITIVE\"},"
                  + "{\"analyte\":\"EDDP\",\"result\":\"POSITIVE\"},"
                  + "{\"analyte\":\"FENTANYL\",\"result\":\""
                  + (daysAgo == 3 ? "POSITIVE" : "NEGATIVE")
                  + "\"}]}"));
    }
    assertEquals(
        200,
        api.put(
                "patients/" + id + "/recovery",
                "carl.counselor",
                "{\"hasSponsor\":true,\"sponsorSince\":\""
                    + today.minusDays(12)
                    + "\",\"currentStep\":3,\"homeGroup\":\"Tuesday Night NA\","
                    + "\"sobrietyDate\":\""
                    + today.minusDays(45)
                    + "\",\"version\":0}")
            .status());
    for (int daysAgo : new int[] {13, 6, 2}) {
      created(
          api.post(
              "patients/" + id + "/recovery/meetings",
              "carl.counselor",
              "{\"attendedOn\":\""
                  + today.minusDays(daysAgo)
                  + "\",\"fellowship\":\"NA\",\"note\":\"Tuesday Night NA\"}"));
    }
    consent(api, id, "PAYER", "Blue Valley Health Plan", "PAYMENT", today);
    String otp =
        consent(
            api, id, "PROVIDER", "Riverside Opioid Treatment Program", "CARE_COORDINATION", today);
    assertEquals(
        200,
        api.post(
                "patients/" + id + "/consents/" + otp + "/revocation",
                "carl.counselor",
                "{\"reason\":\"Patient's letter: no longer attends the OTP\"}")
            .status());
    return id;
  }

  private static String consent(
      Api api, String id, String kind, String recipient, String purpose, LocalDate today) {
    Api.Reply r =
        api.post(
            "patients/" + id + "/consents",
            "carl.counselor",
            "{\"discloser\":\"Continuum Recovery Center\","
                + "\"information\":\"Admission and discharge dates, level of care, MAT status\","
                + "\"recipientKind\":\""
                + kind
                + "\",\"recipientName\":\""
                + recipient
                + "\",\"purpose\":\""
                + purpose
                + "\",\"purposeDetail\":\"Coordination of this episode\","
                + "\"revocationRightStated\":true,\"redisclosureStated\":true,"
                + "\"refusalConsequencesStated\":true,\"expiresOn\":\""
                + today.plusMonths(6)
                + "\",\"signedBy\":\"Inés Castillo\",\"signerRelation\":\"PATIENT\","
                + "\"signedOn\":\""
                + today.minusDays(19)
                + "\"}");
    assertEquals(201, r.status(), r.body());
    return r.json().getString("id");
  }

  private static String score(String instrument, Instant takenAt, int[] items) {
    StringBuilder answers = new StringBuilder();
    for (int item : items) {
      answers.append(answers.length() == 0 ? "" : ",").append(item);
    }
    return "{\"instrument\":\""
        + instrument
        + "\",\"takenAt\":\""
        + takenAt.truncatedTo(ChronoUnit.SECONDS)
        + "\",\"items\":["
        + answers
        + "]}";
  }

  private static void created(Api.Reply reply) {
    assertEquals(201, reply.status(), reply.body());
  }

  /** Clicks a button a tall dialog has scrolled out of sight. */
  private static void clickBelowTheFold(Browser browser, By by) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
            browser.driver().findElement(by));
  }

  @Test
  void theFollowUpCompletionReportAnswersOverTheApiAndOnTheReportsPage() throws Exception {
    Api.Reply reply =
        new Api(base).get("reports/follow-up-completion?asOf=" + LocalDate.now(), "adam.admin");
    assertEquals(200, reply.status(), reply.body());
    JsonObject json = reply.json();
    assertEquals(14, json.getInt("windowDays"));
    assertTrue(json.getJsonObject("total").containsKey("rate"), reply.body());
    assertEquals(
        422,
        new Api(base)
            .get(
                "reports/follow-up-completion?asOf=2025-01-01&from=2025-02-01&to=2025-01-01",
                "adam.admin")
            .status());
    try (Browser admin = new Browser(base)) {
      admin.open("reports/index.xhtml").signIn("adam.admin");
      admin.open("reports/index.xhtml");
      admin.choose("parameters:kind", "Aftercare follow-up");
      admin.waitForText(By.id("parameters"), "contacts due in this period");
      admin.click(By.id("parameters:run"));
      admin.waitForText(By.tagName("body"), "By contact point");
      admin.screenshot("report-follow-up-completion");
    }
  }
}
