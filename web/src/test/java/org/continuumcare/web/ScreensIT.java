package org.continuumcare.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import org.openqa.selenium.support.ui.WebDriverWait;

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

  /**
   * The work list of a counselor and of a nurse, one item of every kind with its detail. The job
   * runs every 15 minutes and at start, so this black-box test puts the job's items on the list as
   * the job writes them (what the job and the services create and close is tested in {@code
   * CaseWorkflowIT}); the safety check comes from a real PHQ-9 and the reassessment is closed by a
   * real COWS.
   */
  @Test
  void aCounselorAndANurseWorkTheirWorkListsWithTheDetailOfEveryItem() throws Exception {
    Api api = new Api(base);
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String[] okafor = admitted(api, "Okafor" + tag, "OP");
    String[] reyes = admitted(api, "Reyes" + tag, "WM");
    Api.Reply phq9 =
        api.post(
            "patients/" + okafor[0] + "/screens",
            "carl.counselor",
            "{\"instrument\":\"PHQ9\",\"takenAt\":\""
                + Instant.now()
                + "\",\"items\":[2,2,1,1,1,1,1,0,1]}");
    assertEquals(201, phq9.status(), phq9.body());
    LocalDate today = LocalDate.now();
    workItem(okafor, "FOLLOW_UP", today.minusDays(2), "carl.counselor", null);
    workItem(okafor, "PLAN_REVIEW", today.plusDays(4), "carl.counselor", null);
    workItem(
        okafor,
        "CONSENT_EXPIRING",
        today.plusDays(9),
        "carl.counselor",
        "Blue Valley Health Plan — Authorization and payment of claims for this episode");
    workItem(
        okafor,
        "SOBRIETY_MILESTONE",
        today.plusDays(3),
        "carl.counselor",
        "90 days sober (since " + today.minusDays(87) + ")");
    workItem(
        reyes,
        "WITHDRAWAL_REASSESSMENT",
        today,
        null,
        "Last COWS 14 at " + today + " 06:10; due since " + today + " 10:10");

    try (Browser carl = new Browser(base)) {
      carl.open("worklist/index.xhtml").signIn("carl.counselor");
      carl.open("worklist/index.xhtml");
      carl.waitForText(By.id("worklist:items"), "Okafor" + tag);
      String list = carl.driver().findElement(By.id("worklist:items")).getText();
      for (String shown :
          List.of(
              "Follow-up contact after discharge",
              "(2 days overdue)",
              "Treatment-plan review",
              "Safety check (positive PHQ-9 item 9)",
              "PHQ-9 item 9 = 1",
              "Consent expiring: renew it if still needed",
              "Blue Valley Health Plan — Authorization and payment of claims for this episode",
              "Sobriety milestone to recognize",
              "90 days sober (since " + today.minusDays(87) + ")")) {
        assertTrue(list.contains(shown), () -> shown + " in " + list);
      }
      assertFalse(list.contains("Reyes" + tag), "the reassessment is the nurses' work");
      carl.screenshot("worklist-counselor");
      By consentDone =
          By.xpath(
              "//tr[contains(., 'Consent expiring') and contains(., 'Okafor"
                  + tag
                  + "')]//button[contains(@id, 'done')]");
      carl.click(consentDone);
      carl.waitFor(By.id("worklist:items"));
      new WebDriverWait(carl.driver(), Duration.ofSeconds(30))
          .until(d -> d.findElements(consentDone).isEmpty());
      assertFalse(carl.text().contains("Blue Valley Health Plan"), "done: off the list");
    }

    try (Browser nina = new Browser(base)) {
      nina.open("worklist/index.xhtml").signIn("nina.nurse");
      nina.open("worklist/index.xhtml");
      nina.waitForText(By.id("worklist:items"), "Reyes" + tag);
      String list = nina.driver().findElement(By.id("worklist:items")).getText();
      assertTrue(list.contains("Withdrawal reassessment overdue (COWS/CIWA-Ar)"), list);
      assertTrue(list.contains("Last COWS 14 at " + today + " 06:10"), list);
      assertFalse(list.contains("Okafor" + tag), "the counselor's items are not the nurse's");
      nina.screenshot("worklist-nurse");
      Api.Reply cows =
          api.post(
              "patients/" + reyes[0] + "/withdrawal-scores",
              "nina.nurse",
              "{\"instrument\":\"COWS\",\"takenAt\":\""
                  + Instant.now()
                  + "\",\"items\":[1,1,0,1,1,1,1,0,0,1,0]}");
      assertEquals(201, cows.status(), cows.body());
      nina.open("worklist/index.xhtml");
      nina.waitFor(By.id("worklist:items"));
      assertFalse(nina.text().contains("Reyes" + tag), "reassessed: off the list");
    }
  }

  /** A patient admitted yesterday on Carl's caseload: {patient id, episode id}. */
  private static String[] admitted(Api api, String family, String level) {
    Api.Reply patient =
        api.post(
            "patients",
            "ivy.intake",
            "{\"givenName\":\"Rosa\",\"familyName\":\""
                + family
                + "\",\"birthDate\":\"1987-05-19\",\"sexAtBirth\":\"F\","
                + "\"primarySubstance\":\"HEROIN\"}");
    assertEquals(201, patient.status(), patient.body());
    String id = patient.json().getString("id");
    Api.Reply episode =
        api.post(
            "patients/" + id + "/episodes",
            "ivy.intake",
            "{\"admittedOn\":\""
                + LocalDate.now().minusDays(1)
                + "\",\"levelOfCare\":\""
                + level
                + "\",\"referralSource\":\"SELF\",\"primaryCounselor\":\"carl.counselor\"}");
    assertEquals(201, episode.status(), episode.body());
    return new String[] {id, episode.json().getString("id")};
  }

  /** A work item as the work-list job writes it (see {@code WorkListJob}). */
  private static void workItem(
      String[] patientAndEpisode, String kind, LocalDate dueOn, String assignedTo, String detail)
      throws Exception {
    Database.execute(
        "insert into work_item (id, kind, ref, patient_id, episode_id, due_on, assigned_to,"
            + " detail) values (gen_random_uuid(), '"
            + kind
            + "', 'screens-it:' || gen_random_uuid(), '"
            + patientAndEpisode[0]
            + "', '"
            + patientAndEpisode[1]
            + "', date '"
            + dueOn
            + "', "
            + (assignedTo == null ? "null" : "'" + assignedTo + "'")
            + ", "
            + (detail == null ? "null" : "'" + detail + "'")
            + ")");
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
