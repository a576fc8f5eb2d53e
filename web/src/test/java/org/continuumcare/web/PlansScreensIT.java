package org.continuumcare.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.UUID;
import org.continuumcare.web.testing.Api;
import org.continuumcare.web.testing.Browser;
import org.continuumcare.web.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

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
      assertTrue(carl.text().contains("30 days after discharge"), carl.text());
      carl.screenshot("chart-aftercare");
    }
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
