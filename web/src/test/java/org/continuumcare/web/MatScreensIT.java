package org.continuumcare.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.time.LocalDate;
import org.continuumcare.web.testing.Api;
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
import org.openqa.selenium.JavascriptExecutor;

/**
 * The chart's MAT tab in a real browser: the prescriber records "MAT declined", starts
 * buprenorphine induction, changes the dose, and meets each dialog's refusal next to its field; the
 * nurse records the day's methadone dose. Screenshots land in {@code target/screenshots/mat-*}.
 */
@ExtendWith(ArquillianExtension.class)
class MatScreensIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource URL base;

  private final LocalDate today = LocalDate.now();

  @Test
  void thePrescriberStartsBuprenorphineInductionAndChangesTheDose() throws Exception {
    String patient = admitted("Induction");
    try (Browser pia = new Browser(base)) {
      pia.open("caseload/index.xhtml").signIn("pia.prescriber");
      openMatTab(pia, patient);
      pia.waitForText(By.id("mat-current"), "No active MAT order");
      pia.screenshot("mat-tab-empty");

      pia.click(By.id("tabs:matActions:declineMat"));
      pia.waitFor(By.id("matDeclinedForm:decidedOn_input"));
      pia.type(By.id("matDeclinedForm:decidedOn_input"), "");
      pia.click(By.id("matDeclinedForm:save"));
      pia.waitForText(By.id("matDeclinedForm"), "Required.");
      pia.screenshot("mat-declined-validation");
      pia.type(By.id("matDeclinedForm:decidedOn_input"), today.minusDays(3).toString());
      pia.click(By.id("matDeclinedForm:save"));
      pia.waitForText(By.id("tabs:matMessages"), "MAT declined");
      pia.waitForText(By.id("mat-current"), "MAT declined on " + today.minusDays(3));

      pia.click(By.id("tabs:matActions:startMat"));
      pia.waitFor(By.id("matStartForm:dose_input"));
      pia.click(By.id("matStartForm:save"));
      pia.waitForText(By.id("matStartForm"), "Required.");
      pia.screenshot("mat-start-validation");
      pia.choose("matStartForm:medication", "Buprenorphine");
      pia.choose("matStartForm:phase", "Induction");
      pia.type(By.id("matStartForm:dose_input"), "8");
      pia.click(By.id("matStartForm:save"));
      pia.waitForText(By.id("tabs:matMessages"), "MAT order started");
      pia.waitForText(By.id("mat-current"), "Buprenorphine");
      assertTrue(pia.driver().findElement(By.id("mat-current")).getText().contains("8 mg"));
      assertTrue(pia.driver().findElement(By.id("mat-current")).getText().contains("Induction"));

      pia.click(By.id("tabs:matActions:changeDose"));
      pia.waitFor(By.id("matDoseForm:dose_input"));
      pia.type(By.id("matDoseForm:dose_input"), "16");
      pia.type(By.id("matDoseForm:reason"), "COWS 14 two hours after 8 mg");
      pia.click(By.id("matDoseForm:save"));
      pia.waitForText(By.id("matDoseForm"), "must take effect after the current dose began");
      pia.screenshot("mat-dose-validation");
      pia.driver().findElement(By.cssSelector("#matDoseDialog .ui-dialog-titlebar-close")).click();

      pia.click(By.id("tabs:matActions:changePhase"));
      pia.waitFor(By.id("matPhaseForm:effectiveOn_input"));
      pia.choose("matPhaseForm:phase", "Stabilization");
      pia.click(By.id("matPhaseForm:save"));
      pia.waitForText(By.id("matPhaseForm"), "must take effect after the current phase began");
      pia.screenshot("mat-phase-validation");
      pia.driver().findElement(By.cssSelector("#matPhaseDialog .ui-dialog-titlebar-close")).click();

      pia.click(By.id("tabs:matActions:stopMat"));
      pia.waitFor(By.id("matStopForm:endedOn_input"));
      pia.click(By.id("matStopForm:save"));
      pia.waitForText(By.id("matStopForm"), "Required.");
      pia.screenshot("mat-stop-validation");
      pia.driver().findElement(By.cssSelector("#matStopDialog .ui-dialog-titlebar-close")).click();
      pia.screenshot("mat-tab-started");
    }
  }

  @Test
  void theNurseRecordsTheDaysMethadoneDose() throws Exception {
    String patient = admitted("Dosing");
    Api api = new Api(base);
    String order =
        api.post(
                "patients/" + patient + "/mat-orders",
                "pia.prescriber",
                "{\"medication\":\"METHADONE\",\"phase\":\"INDUCTION\",\"startedOn\":\""
                    + today.minusDays(20)
                    + "\",\"dose\":30,\"unit\":\"mg\"}")
            .json()
            .getString("id");
    assertEquals(
        201,
        api.post(
                "mat-orders/" + order + "/doses",
                "pia.prescriber",
                "{\"dose\":45,\"unit\":\"mg\",\"effectiveOn\":\""
                    + today.minusDays(16)
                    + "\",\"reason\":\"Withdrawal in the afternoon (COWS 10)\"}")
            .status());
    assertEquals(
        201,
        api.post(
                "mat-orders/" + order + "/doses",
                "pia.prescriber",
                "{\"dose\":60,\"unit\":\"mg\",\"effectiveOn\":\""
                    + today.minusDays(9)
                    + "\",\"reason\":\"Cravings\"}")
            .status());
    api.post(
        "mat-orders/" + order + "/phases",
        "pia.prescriber",
        "{\"phase\":\"STABILIZATION\",\"effectiveOn\":\"" + today.minusDays(9) + "\"}");
    for (int daysAgo = 14; daysAgo >= 1; daysAgo--) {
      var body =
          Json.createObjectBuilder()
              .add("date", today.minusDays(daysAgo).toString())
              .add("status", daysAgo == 5 ? "MISSED" : "GIVEN");
      if (daysAgo != 5) {
        body.add("dose", daysAgo >= 9 ? 45 : 60);
      } else {
        body.add("note", "Did not come in; counselor called");
      }
      assertEquals(
          201,
          api.post("mat-orders/" + order + "/administrations", "nina.nurse", body.build())
              .status());
    }

    try (Browser nina = new Browser(base)) {
      nina.open("caseload/index.xhtml").signIn("nina.nurse");
      openMatTab(nina, patient);
      nina.waitForText(By.id("mat-current"), "Methadone");
      assertFalse(
          nina.driver().findElements(By.id("tabs:matActions:changeDose")).size() > 0,
          "nurses do not prescribe");
      nina.click(By.id("tabs:matActions:recordDose"));
      nina.waitFor(By.id("matAdministrationForm:dose_input"));
      nina.type(By.id("matAdministrationForm:dose_input"), "80");
      nina.click(By.id("matAdministrationForm:save"));
      nina.waitForText(By.id("matAdministrationForm"), "More than the dose ordered");
      nina.screenshot("mat-administration-validation");
      nina.type(By.id("matAdministrationForm:dose_input"), "60");
      nina.click(By.id("matAdministrationForm:save"));
      nina.waitForText(By.id("tabs:matMessages"), "Dose recorded");
      nina.waitForText(By.id("tabs:administrations"), today.toString());
      nina.waitForText(By.cssSelector(".mat-today"), "Given");
      nina.screenshot("mat-tab-nurse");
      ((JavascriptExecutor) nina.driver())
          .executeScript("document.getElementById('tabs:administrations').scrollIntoView()");
      nina.screenshot("mat-tab-nurse-administrations");
    }
    try (Browser pia = new Browser(base)) {
      pia.open("caseload/index.xhtml").signIn("pia.prescriber");
      openMatTab(pia, patient);
      pia.waitForText(By.id("mat-current"), "60 mg");
      pia.screenshot("mat-tab-prescriber");
      ((JavascriptExecutor) pia.driver())
          .executeScript("document.getElementById('tabs:doses').scrollIntoView()");
      pia.screenshot("mat-tab-prescriber-history");
    }
  }

  private static void openMatTab(Browser browser, String patient) {
    browser.open("patient/chart.xhtml?id=" + patient);
    browser.click(By.linkText("MAT"));
    browser.waitFor(By.id("mat-current"));
  }

  /** A patient admitted 20 days ago with carl.counselor and pia.prescriber on the care team. */
  private String admitted(String family) {
    Api api = new Api(base);
    Fixtures.Admitted admitted =
        Fixtures.admit(api, Fixtures.unique(family), "FENTANYL", "RES", today.minusDays(20));
    api.put(
        "episodes/" + admitted.episodeId() + "/care-team",
        "adam.admin",
        "{\"primaryCounselor\":\"carl.counselor\",\"prescriber\":\"pia.prescriber\"}");
    return admitted.patientId();
  }
}
