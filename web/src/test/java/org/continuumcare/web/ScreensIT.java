package org.continuumcare.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
 * The screens in a real browser (Debian Chromium) against the built WAR on Payara Micro, signing in
 * at the real Keycloak: intake admits a patient and finds them on the census; a counselor steps the
 * patient down from the caseload and sees the timeline change; another counselor cannot find the
 * patient. Screenshots land in {@code target/screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
class ScreensIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource URL base;

  @Test
  void intakeSignsInAdmitsAPatientAndFindsThemOnTheCensus() throws Exception {
    String family = "Adeyemi" + UUID.randomUUID().toString().substring(0, 4);
    try (Browser browser = new Browser(base)) {
      browser.open("census/index.xhtml");
      assertTrue(browser.onKeycloakLogin(), "an anonymous user is sent to Keycloak");
      browser.screenshot("keycloak-login");
      browser.signIn("ivy.intake");

      admit(browser, family, "Withdrawal");
      browser.waitForText(By.id("patients"), family);
      assertTrue(browser.text().contains("admitted to Withdrawal management (WM)"));
      browser.screenshot("census-after-admit");

      browser.click(By.id("sign-out"));
      browser.waitForText(By.tagName("h1"), "Signed out");
      browser.screenshot("signed-out");
      browser.open("census/index.xhtml");
      assertTrue(browser.onKeycloakLogin(), "signing in again asks for the password");
    }
  }

  @Test
  void theAdmitFormExplainsWhatIsMissing() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.open("intake/admit.xhtml").signIn("ivy.intake");
      browser.open("intake/admit.xhtml");
      browser.click(By.id("admit:submit"));
      browser.waitFor(By.cssSelector("[id='admit:givenName'].ui-state-error"));
      browser.type(By.id("admit:givenName"), "Sam");
      browser.type(By.id("admit:familyName"), "Backdated");
      browser.typeDate(By.id("admit:birthDate_input"), "1990-01-01");
      browser.choose("admit:sexAtBirth", "Male");
      browser.choose("admit:primarySubstance", "Fentanyl");
      browser.choose("admit:levelOfCare", "Residential");
      browser.choose("admit:referralSource", "Self");
      browser.typeDate(By.id("admit:admittedOn_input"), "1985-06-01");
      browser.click(By.id("admit:submit"));
      browser.waitForText(By.id("admit"), "before the patient's date of birth");
      browser.screenshot("admit-validation");
    }
  }

  @Test
  void aCounselorStepsAPatientDownAndAnotherCounselorCannotFindThem() throws Exception {
    String family = "Okonkwo" + UUID.randomUUID().toString().substring(0, 4);
    try (Browser intake = new Browser(base)) {
      intake.open("intake/admit.xhtml").signIn("ivy.intake");
      admit(intake, family, "Residential");
    }
    try (Browser carl = new Browser(base)) {
      carl.open("caseload/index.xhtml").signIn("carl.counselor");
      carl.open("caseload/index.xhtml");
      carl.type(By.id("caseload:query"), family);
      carl.waitForText(By.id("caseload:patients"), family);
      carl.screenshot("caseload");
      carl.click(By.linkText(family + ", Rosa"));
      carl.waitForText(By.id("current-level"), "Residential");

      carl.click(By.id("actions:changeLevel"));
      carl.choose("levelForm:levelOfCare", "Residential");
      carl.type(By.id("levelForm:note"), "Same level, same site");
      carl.click(By.id("levelForm:save"));
      carl.waitForText(By.id("levelForm"), "already at RES at this site");
      carl.screenshot("change-level-refused");

      carl.choose("levelForm:levelOfCare", "Intensive outpatient");
      carl.waitForText(By.id("levelForm:direction"), "Step down");
      carl.type(By.id("levelForm:note"), "Residential goals met");
      carl.click(By.id("levelForm:save"));
      carl.waitForText(By.id("current-level"), "Intensive outpatient");
      String timeline = carl.driver().findElement(By.cssSelector(".timeline-bar")).getText();
      assertTrue(timeline.contains("RES") && timeline.contains("IOP"), timeline);
      assertEquals(2, carl.driver().findElements(By.cssSelector("table.stays tbody tr")).size());
      carl.screenshot("chart-after-step-down");
    }
    try (Browser cora = new Browser(base)) {
      cora.open("caseload/index.xhtml").signIn("cora.counselor");
      cora.open("caseload/index.xhtml");
      cora.type(By.id("caseload:query"), family);
      cora.waitForText(By.id("caseload:patients"), "No patients match");
      assertFalse(cora.text().contains(family));
    }
  }

  @Test
  void aRoleWithoutTheScreenIsToldSo() throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.open("caseload/index.xhtml").signIn("carl.counselor");
      browser.open("intake/admit.xhtml");
      browser.waitForText(By.tagName("h1"), "Not allowed");
    }
    Api.Reply log = new Api(base).get("audit?size=50", "aldo.auditor");
    assertEquals(200, log.status(), log.body());
    var denied =
        log.json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
            .anyMatch(
                r ->
                    r.getString("outcome").equals("DENIED")
                        && r.getString("username").equals("carl.counselor")
                        && r.getString("action").equals("Screen /intake/admit.xhtml"));
    assertTrue(denied, "the refused screen is in the audit trail");
  }

  /** Fills and submits the admit form; lands on the census. */
  private static void admit(Browser browser, String family, String level) {
    browser.open("intake/admit.xhtml");
    browser.type(By.id("admit:givenName"), "Rosa");
    browser.type(By.id("admit:familyName"), family);
    browser.typeDate(By.id("admit:birthDate_input"), "1987-05-19");
    browser.choose("admit:sexAtBirth", "Female");
    browser.choose("admit:primarySubstance", "Heroin");
    browser.choose("admit:levelOfCare", level);
    browser.choose("admit:referralSource", "Self");
    browser.type(By.id("admit:primaryCounselor"), "carl.counselor");
    browser.click(By.id("admit:submit"));
    browser.waitFor(By.id("patients"));
  }
}
