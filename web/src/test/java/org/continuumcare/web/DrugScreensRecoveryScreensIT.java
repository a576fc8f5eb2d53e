package org.continuumcare.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
 * The chart tabs "Drug screens" and "Recovery" in a real browser: a counselor sees unexpected
 * results flagged, is told what is missing in the record dialog, records a screen, a meeting and a
 * relapse, and is offered a step up. Screenshots land in {@code target/screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
class DrugScreensRecoveryScreensIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource URL base;

  private final LocalDate today = LocalDate.now();

  @Test
  void aCounselorReadsAndRecordsScreensAndRecovery() throws Exception {
    String family = "Moreau" + UUID.randomUUID().toString().substring(0, 4);
    String patientId = admittedPatient(family);
    Api api = new Api(base);
    assertEquals(
        201,
        api.post(
                "patients/" + patientId + "/mat-orders",
                "adam.admin",
                "{\"medication\":\"BUPRENORPHINE\",\"phase\":\"INDUCTION\",\"startedOn\":\""
                    + today.minusDays(20)
                    + "\",\"dose\":16,\"unit\":\"mg\"}")
            .status());
    screen(
        api,
        patientId,
        15,
        "{\"analyte\":\"BUPRENORPHINE\",\"result\":\"POSITIVE\"},"
            + "{\"analyte\":\"NORBUPRENORPHINE\",\"result\":\"POSITIVE\"},"
            + "{\"analyte\":\"FENTANYL\",\"result\":\"NEGATIVE\"}");
    screen(
        api,
        patientId,
        4,
        "{\"analyte\":\"BUPRENORPHINE\",\"result\":\"NEGATIVE\"},"
            + "{\"analyte\":\"FENTANYL\",\"result\":\"POSITIVE\"},"
            + "{\"analyte\":\"COCAINE\",\"result\":\"NEGATIVE\"}");
    assertEquals(
        200,
        api.put(
                "patients/" + patientId + "/recovery",
                "carl.counselor",
                "{\"hasSponsor\":true,\"sponsorSince\":\""
                    + today.minusDays(12)
                    + "\",\"currentStep\":3,\"homeGroup\":\"Tuesday Night NA\","
                    + "\"sobrietyDate\":\""
                    + today.minusDays(25)
                    + "\",\"version\":0}")
            .status());
    for (int daysAgo : new int[] {9, 6, 2}) {
      api.post(
          "patients/" + patientId + "/recovery/meetings",
          "carl.counselor",
          "{\"attendedOn\":\"" + today.minusDays(daysAgo) + "\",\"fellowship\":\"NA\"}");
    }

    try (Browser carl = new Browser(base)) {
      carl.open("caseload/index.xhtml").signIn("carl.counselor");
      carl.open("patient/chart.xhtml?id=" + patientId);
      carl.click(By.linkText("Drug screens"));
      carl.waitForText(By.id("tabs:screenList"), "Unexpected");
      assertEquals(1, carl.driver().findElements(By.cssSelector("tr.unexpected")).size());
      carl.screenshot("chart-drug-screens");

      carl.click(By.id("tabs:screensActions:recordScreen"));
      carl.waitFor(By.id("screenForm:save"));
      carl.click(By.id("screenForm:save"));
      carl.waitForText(By.id("screenForm"), "at least one analyte");
      carl.screenshot("drug-screen-dialog-validation");

      carl.driver()
          .findElements(By.cssSelector("#screenForm .analyte-result"))
          .get(2) // FENTANYL
          .findElements(By.cssSelector(".ui-button"))
          .get(0)
          .click();
      carl.click(By.id("screenForm:save"));
      carl.waitForText(By.id("notices"), "Drug screen recorded");
      carl.waitForText(By.id("tabs:screensActions"), "3 screens, 1 with an unexpected result");

      carl.click(By.linkText("Recovery"));
      carl.waitForText(By.id("tabs:recovery"), "25");
      assertTrue(carl.text().contains("days sober"), carl.text());
      assertTrue(carl.text().contains("Next milestone: 30 days"), carl.text());
      carl.screenshot("chart-recovery");

      carl.click(By.id("tabs:recoveryActions:editProfile"));
      carl.waitFor(By.id("profileForm:currentStep_input"));
      carl.type(By.id("profileForm:currentStep_input"), "13");
      carl.click(By.id("profileForm:save"));
      carl.waitForText(By.id("profileForm"), "between 1 and 12");
      carl.screenshot("recovery-profile-validation");
      carl.driver().findElement(By.cssSelector("#profileDialog .ui-dialog-titlebar-close")).click();

      carl.click(By.id("tabs:recoveryActions:recordRelapse"));
      carl.waitFor(By.id("relapseForm:note"));
      carl.type(By.id("relapseForm:note"), "Used fentanyl at a party");
      carl.click(By.id("relapseForm:save"));
      carl.waitForText(By.id("notices"), "Relapse on");
      carl.waitForText(By.id("tabs:recovery"), "Consider a step up");
      carl.screenshot("chart-recovery-after-relapse");
      carl.click(By.id("tabs:stepUp:changeLevel"));
      carl.waitFor(By.id("levelForm:levelOfCare"));
      carl.screenshot("recovery-step-up-dialog");
    }
  }

  @Test
  void anAdministratorRunsTheDrugScreenReport() throws Exception {
    String patientId = admittedPatient("Report" + UUID.randomUUID().toString().substring(0, 4));
    Api api = new Api(base);
    screen(api, patientId, 3, "{\"analyte\":\"COCAINE\",\"result\":\"POSITIVE\"}");
    screen(api, patientId, 2, "{\"analyte\":\"COCAINE\",\"result\":\"NEGATIVE\"}");
    try (Browser adam = new Browser(base)) {
      adam.open("reports/index.xhtml").signIn("adam.admin");
      adam.open("reports/index.xhtml");
      adam.choose("parameters:kind", "Drug-screen");
      adam.waitForText(By.id("parameters"), "screens collected in this period");
      adam.click(By.id("parameters:run"));
      adam.waitForText(By.id("result"), "Drug-screen unexpected rate");
      assertTrue(adam.text().contains("Intensive outpatient"), adam.text());
      adam.screenshot("report-drug-screens");
    }
  }

  private void screen(Api api, String patientId, int daysAgo, String results) {
    Api.Reply r =
        api.post(
            "patients/" + patientId + "/drug-screens",
            "nina.nurse",
            "{\"collectedAt\":\""
                + LocalDateTime.now().minusDays(daysAgo).withNano(0).withSecond(0)
                + "\",\"specimen\":\"URINE\",\"observed\":true,\"results\":["
                + results
                + "]}");
    assertEquals(201, r.status(), r.body());
  }

  private String admittedPatient(String family) {
    Api api = new Api(base);
    Api.Reply created =
        api.post(
            "patients",
            "ivy.intake",
            "{\"givenName\":\"Lucie\",\"familyName\":\""
                + family
                + "\",\"birthDate\":\"1991-05-02\",\"sexAtBirth\":\"F\","
                + "\"primarySubstance\":\"FENTANYL\"}");
    assertEquals(201, created.status(), created.body());
    String id = created.json().getString("id");
    Api.Reply admitted =
        api.post(
            "patients/" + id + "/episodes",
            "ivy.intake",
            "{\"admittedOn\":\""
                + today.minusDays(30)
                + "\",\"levelOfCare\":\"IOP\",\"referralSource\":\"SELF\","
                + "\"primaryCounselor\":\"carl.counselor\"}");
    assertEquals(201, admitted.status(), admitted.body());
    return id;
  }
}
