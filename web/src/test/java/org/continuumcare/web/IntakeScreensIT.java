package org.continuumcare.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The intake flow in a real browser: referral (refused while incomplete), leave and resume from the
 * list of open intakes, substance history, placement (refused without a variance reason), the COWS
 * on entering detox (total and band shown as items are picked), the Part 2 consent (refused while
 * an element is missing), admission into a bed, the census and the bed board. A full-page
 * screenshot of every step in {@code target/screenshots/intake-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
class IntakeScreensIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource URL base;

  @Test
  void intakeWalksFromReferralToAdmissionIntoABed() throws Exception {
    String unit = "Detox " + UUID.randomUUID().toString().substring(0, 4);
    Database.execute(
        "insert into bed_unit (id, site_id, name, level_of_care)"
            + " select gen_random_uuid(), id, '"
            + unit
            + "', 'WM' from site where code = 'MAIN';"
            + " insert into bed (id, unit_id, label, out_of_service)"
            + " select gen_random_uuid(), u.id, b.label, b.label = 'B3' from bed_unit u,"
            + " (values ('B1'), ('B2'), ('B3')) b(label) where u.name = '"
            + unit
            + "'");
    String family = "Petrov" + UUID.randomUUID().toString().substring(0, 4);
    LocalDate today = LocalDate.now();
    try (Browser browser = new Browser(base)) {
      browser.open("intake/index.xhtml").signIn("ivy.intake");
      browser.open("intake/index.xhtml");
      browser.click(By.id("drafts:start"));
      browser.waitFor(By.id("intake:referralSource"));

      // Step 1, refused while incomplete: the messages sit on the fields.
      browser.click(By.cssSelector(".ui-wizard-nav-next"));
      browser.waitFor(By.cssSelector("[id='intake:referralSource'].ui-state-error"));
      shot(browser, "intake-1a-referral-incomplete");

      browser.choose("intake:referralSource", "Court");
      browser.typeDate(By.id("intake:firstContactOn_input"), today.minusDays(6).toString());
      browser.type(By.id("intake:givenName"), "Noah");
      browser.type(By.id("intake:familyName"), family);
      browser.typeDate(By.id("intake:birthDate_input"), "1993-08-21");
      browser.choose("intake:sexAtBirth", "Male");
      browser.choose("intake:payer", "Medicaid");
      browser.type(By.id("intake:emergencyContactName"), "Irina Petrova");
      browser.type(By.id("intake:emergencyContactPhone"), "+1 555 0142");
      browser.type(By.id("intake:emergencyContactRelationship"), "Mother");
      browser.click(By.cssSelector(".ui-wizard-nav-next"));
      browser.waitForText(By.id("intake"), "This is required.");
      shot(browser, "intake-1b-referral-member-id-missing");
      browser.type(By.id("intake:memberId"), "MCD-448812");
      shot(browser, "intake-1c-referral");
      browser.click(By.cssSelector(".ui-wizard-nav-next"));
      browser.waitFor(By.id("intake:primarySubstance"));

      // Leave, and resume from the list of open intakes at the step reached.
      browser.click(By.id("intake:later"));
      browser.waitForText(By.id("drafts:list"), family);
      shot(browser, "intake-0-open-drafts");
      browser.click(By.linkText(family + ", Noah"));
      browser.waitFor(By.id("intake:primarySubstance"));

      // Step 2.
      browser.choose("intake:primarySubstance", "Fentanyl");
      browser.choose("intake:primaryRoute", "Smoking");
      browser.choose("intake:primaryFrequency", "Daily");
      browser.type(By.id("intake:primaryAge"), "19");
      browser.choose("intake:secondarySubstance", "Alcohol");
      browser.choose("intake:secondaryRoute", "Oral");
      browser.choose("intake:secondaryFrequency", "3");
      browser.type(By.id("intake:secondaryAge"), "16");
      browser.click(By.cssSelector("label[for='intake:coOccurringMentalHealth:0']"));
      shot(browser, "intake-2-substances");
      browser.click(By.cssSelector(".ui-wizard-nav-next"));
      browser.waitFor(By.id("intake:recommendedLevel"));

      // Step 3, refused without the variance reason.
      int[] ratings = {3, 2, 2, 1, 3, 2};
      for (int i = 0; i < ratings.length; i++) {
        browser.click(
            By.xpath(
                "//*[@id='intake:dimensions:"
                    + i
                    + ":rating']//div[contains(@class,'ui-button')][normalize-space(.)='"
                    + ratings[i]
                    + "']"));
      }
      browser.type(By.id("intake:dimensions:0:note"), "Last use this morning; COWS 9");
      browser.type(By.id("intake:dimensions:4:note"), "Two relapses within a month of detox");
      browser.choose("intake:recommendedLevel", "Residential");
      browser.choose("intake:placedLevel", "Withdrawal");
      browser.waitForText(By.id("intake:variance"), "Variance");
      browser.click(By.cssSelector(".ui-wizard-nav-next"));
      browser.waitForText(By.id("intake"), "give the reason for the variance");
      shot(browser, "intake-3a-placement-variance-refused");
      browser.choose("intake:varianceReason", "Clinical");
      shot(browser, "intake-3b-placement");
      browser.click(By.cssSelector(".ui-wizard-nav-next"));
      browser.waitFor(By.id("intake:withdrawalItems:0:answer"));

      // Step 4: entering detox, a COWS (chosen for fentanyl); total and band follow the picks.
      assertTrue(
          browser.driver().findElement(By.id("intake:instrument_label")).getText().equals("COWS"));
      int[] cows = {2, 1, 1, 1, 1, 1, 2, 1, 1, 2, 0};
      for (int item = 0; item < 5; item++) {
        browser.choose("intake:withdrawalItems:" + item + ":answer", cows[item] + " ");
      }
      browser.waitForText(By.id("intake:withdrawalTotal"), "6 / 48");
      browser.click(By.cssSelector(".ui-wizard-nav-next"));
      browser.waitFor(By.cssSelector("[id='intake:withdrawalItems:5:answer'].ui-state-error"));
      assertEquals(
          6,
          browser.driver().findElements(By.cssSelector(".score-items .ui-message-error")).size(),
          "a message on each of the six items not answered");
      shot(browser, "intake-4a-withdrawal-incomplete");
      for (int item = 5; item < cows.length; item++) {
        browser.choose("intake:withdrawalItems:" + item + ":answer", cows[item] + " ");
      }
      browser.waitForText(By.id("intake:withdrawalTotal"), "13 / 48");
      browser.waitForText(By.id("intake:withdrawalTotal"), "Moderate");
      shot(browser, "intake-4b-withdrawal-cows");
      browser.click(By.cssSelector(".ui-wizard-nav-next"));
      browser.waitFor(By.id("intake:decision"));

      // Step 5: the consent, refused while elements are missing, each message on its field.
      shot(browser, "intake-5a-consent-choice");
      browser.click(By.cssSelector("label[for='intake:decision:0']"));
      browser.waitFor(By.id("intake:recipientName"));
      browser.choose("intake:recipientKind", "Provider");
      browser.choose("intake:purpose", "Treatment");
      browser.type(By.id("intake:information"), "Diagnosis, withdrawal scores and MAT");
      browser.typeDate(By.id("intake:expiresOn_input"), today.plusYears(1).toString());
      browser.click(By.cssSelector("[id='intake:revocationRightStated'] .ui-chkbox-box"));
      browser.click(By.cssSelector(".ui-wizard-nav-next"));
      browser.waitForText(By.id("intake"), "Name the recipient (42 CFR 2.31(a)(4)).");
      String refused = browser.text();
      assertTrue(refused.contains("Describe the purpose (42 CFR 2.31(a)(5))."), refused);
      assertTrue(refused.contains("may redisclose (42 CFR 2.31)"), refused);
      shot(browser, "intake-5b-consent-missing-elements");
      browser.type(By.id("intake:recipientName"), "Lakeside Medical Group");
      browser.type(By.id("intake:purposeDetail"), "Coordination with the primary care physician");
      browser.click(By.cssSelector("[id='intake:redisclosureStated'] .ui-chkbox-box"));
      browser.click(By.cssSelector("[id='intake:refusalConsequencesStated'] .ui-chkbox-box"));
      shot(browser, "intake-5c-consent");
      browser.click(By.cssSelector(".ui-wizard-nav-next"));
      browser.waitFor(By.id("intake:admittedOn_input"));

      // Step 6: admission into a free bed, with what goes on the chart with it.
      String recorded = browser.driver().findElement(By.id("recorded")).getText();
      assertTrue(recorded.contains("COWS 13 / 48"), recorded);
      assertTrue(recorded.contains("Lakeside Medical Group"), recorded);
      browser.typeDate(By.id("intake:admittedOn_input"), today.toString());
      browser.type(By.id("intake:primaryCounselor"), "carl.counselor");
      browser.choose("intake:bedId", unit + " · B1");
      Thread.sleep(500); // the bed menu's panel closing
      shot(browser, "intake-6-admission");
      browser.click(By.id("intake:admit"));
      browser.waitForText(By.id("patients"), family);
      assertTrue(browser.text().contains("admitted to Withdrawal management (WM)"));
      shot(browser, "intake-7-census");

      browser.open("intake/beds.xhtml?site=MAIN");
      browser.waitForText(By.id("board"), family);
      String board = browser.text();
      assertTrue(board.contains(unit), board);
      shot(browser, "intake-8-bed-board");

      browser.open("intake/index.xhtml");
      browser.waitFor(By.id("drafts:list"));
      assertTrue(!browser.text().contains(family), "the completed intake left the list");

      // Another patient, placed in residential care: the withdrawal step says no score is needed.
      String other = UUID.randomUUID().toString();
      Database.execute(
          "insert into intake_draft (id, owner, display_name, step, data, updated_at) values ('"
              + other
              + "', 'ivy.intake', 'Silva, Ana', 'WITHDRAWAL', '{\"referral\": {\"givenName\":"
              + " \"Ana\", \"familyName\": \"Silva\"}, \"placement\": {\"recommendedLevel\":"
              + " \"RES\", \"placedLevel\": \"RES\"}}', now())");
      try {
        browser.open("intake/flow.xhtml?draft=" + other);
        browser.waitForText(By.id("intake"), "No withdrawal score is needed at this level");
        shot(browser, "intake-4c-withdrawal-not-needed-res");
      } finally {
        Database.execute("delete from intake_draft where id = '" + other + "'");
      }
    }
    clinicalRecordAfterAdmission(family);
  }

  /**
   * adam.admin sets up a residential unit with three beds at once, is refused a duplicate label on
   * the field, retires one bed, and finds the unit on the bed board with the two beds left.
   */
  @Test
  void anAdministratorSetsUpAUnitWithBedsThatTheBedBoardShows() throws Exception {
    String unit = "House " + UUID.randomUUID().toString().substring(0, 4);
    String unitXpath = "//section[.//span[@class='unit-name' and text()='" + unit + "']]";
    By section = By.xpath(unitXpath);
    try (Browser adam = new Browser(base)) {
      adam.open("setup/units.xhtml?site=MAIN").signIn("adam.admin");
      adam.open("intake/beds.xhtml?site=MAIN");
      adam.click(By.id("setUp"));
      adam.waitFor(By.id("units:addUnit"));
      shot(adam, "beds-setup-1-units");

      adam.click(By.id("units:addUnit"));
      adam.waitFor(By.id("unitForm:name"));
      adam.type(By.id("unitForm:name"), unit);
      adam.choose("unitForm:levelOfCare", "Residential");
      Thread.sleep(500); // the level menu's panel closing
      shot(adam, "beds-setup-2-add-unit");
      adam.click(By.id("unitForm:save"));
      adam.waitForText(By.id("notices"), "Unit " + unit + " added");

      adam.click(By.xpath(unitXpath + "//button[contains(@id,'addBeds')]"));
      adam.waitFor(By.id("bedForm:label"));
      adam.type(By.id("bedForm:label"), "S");
      adam.type(By.id("bedForm:count_input"), "3");
      shot(adam, "beds-setup-3-add-beds");
      adam.click(By.id("bedForm:save"));
      adam.waitForText(By.id("notices"), "3 beds added to " + unit);
      assertEquals(
          3,
          adam.driver().findElement(section).findElements(By.cssSelector("tbody tr")).size(),
          "S1, S2, S3");

      // A label the unit has already: refused on the field, the dialog stays open.
      adam.click(By.xpath(unitXpath + "//button[contains(@id,'addBeds')]"));
      adam.waitFor(By.id("bedForm:label"));
      adam.type(By.id("bedForm:label"), "S2");
      adam.click(By.id("bedForm:save"));
      adam.waitForText(By.id("bedForm"), "already has a bed S2");
      String labelField =
          adam.driver().findElement(By.id("bedForm:label")).findElement(By.xpath("./..")).getText();
      assertTrue(
          labelField.contains("already has a bed S2"),
          "the message sits on the label field: "
              + labelField
              + "\n"
              + adam.driver().findElement(By.id("bedForm")).getAttribute("innerHTML"));
      shot(adam, "beds-setup-4-duplicate-label");
      adam.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);

      // Retire S3, confirmed.
      adam.open("setup/units.xhtml?site=MAIN");
      adam.click(
          By.xpath(unitXpath + "//tr[td[normalize-space(.)='S3']]//a[contains(@id,'retireBed')]"));
      adam.waitForText(By.cssSelector(".ui-confirm-dialog"), "Retire bed S3");
      shot(adam, "beds-setup-5-retire-confirm");
      adam.click(By.cssSelector(".ui-confirmdialog-yes"));
      adam.waitForText(By.id("notices"), "Bed S3 of " + unit + " retired");
      shot(adam, "beds-setup-6-after-retire");

      adam.click(By.id("board"));
      adam.waitForText(By.id("board"), unit);
      String board = adam.driver().findElement(By.id("board")).getText();
      int at = board.indexOf(unit);
      String ofUnit = board.substring(at, Math.min(board.length(), at + 400));
      assertTrue(ofUnit.contains("S1") && ofUnit.contains("S2"), ofUnit);
      assertTrue(!ofUnit.contains("S3"), "the retired bed left the board: " + ofUnit);
      shot(adam, "beds-setup-7-bed-board");
    }
  }

  /**
   * The first days in detox on the chart of the patient just admitted: the nurse scores COWS, the
   * prescriber starts buprenorphine induction, the nurse records a drug screen, the counselor a
   * 12-step meeting; the counselor finds all four on the chart. (The care team's prescriber is set
   * through the API, as an administrator would.)
   */
  private void clinicalRecordAfterAdmission(String family) throws Exception {
    Api api = new Api(base);
    JsonObject row =
        api.get("patients?query=" + family, "adam.admin")
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    String chart = "patient/chart.xhtml?id=" + row.getString("id");
    assertEquals(
        200,
        api.put(
                "episodes/" + row.getString("episodeId") + "/care-team",
                "adam.admin",
                "{\"primaryCounselor\":\"carl.counselor\",\"prescriber\":\"pia.prescriber\"}")
            .status());

    try (Browser nina = new Browser(base)) {
      nina.open("caseload/index.xhtml").signIn("nina.nurse");
      nina.open(chart);
      nina.click(By.linkText("Withdrawal"));
      nina.click(By.id("tabs:withdrawalActions:record"));
      nina.waitFor(By.id("scoreForm:save"));
      // COWS, 11 items: 1 on each but gooseflesh (0) = 10, mild withdrawal.
      for (int item = 0; item < 10; item++) {
        nina.choose("scoreForm:item:" + item + ":answer", "1 ");
      }
      nina.choose("scoreForm:item:10:answer", "0 ");
      WebElement save = nina.waitFor(By.id("scoreForm:save"));
      ((JavascriptExecutor) nina.driver())
          .executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
      Thread.sleep(500); // the last select's panel may still be closing over the button
      nina.screenshot("journey-1-cows");
      nina.click(By.id("scoreForm:save"));
      nina.waitForText(By.id("notices"), "COWS recorded: 10");
      nina.waitForText(By.id("tabs:scores"), "10 / 48");
      nina.waitForText(By.id("tabs:scores"), "13 / 48"); // the COWS of the intake
      shot(nina, "journey-2-withdrawal-tab");
    }

    try (Browser pia = new Browser(base)) {
      pia.open("caseload/index.xhtml").signIn("pia.prescriber");
      pia.open(chart);
      pia.click(By.linkText("MAT"));
      pia.click(By.id("tabs:matActions:startMat"));
      pia.waitFor(By.id("matStartForm:dose_input"));
      pia.choose("matStartForm:medication", "Buprenorphine");
      pia.choose("matStartForm:phase", "Induction");
      pia.type(By.id("matStartForm:dose_input"), "4");
      pia.click(By.id("matStartForm:save"));
      pia.waitForText(By.id("tabs:matMessages"), "MAT order started");
      pia.waitForText(By.id("mat-current"), "Induction");
      shot(pia, "journey-3-buprenorphine-induction");
    }

    try (Browser nina = new Browser(base)) {
      nina.open("caseload/index.xhtml").signIn("nina.nurse");
      nina.open(chart);
      nina.click(By.linkText("Drug screens"));
      nina.click(By.id("tabs:screensActions:recordScreen"));
      nina.waitFor(By.id("screenForm:save"));
      List<WebElement> analytes =
          nina.driver().findElements(By.cssSelector("#screenForm .analyte-result"));
      analytes.get(2).findElements(By.cssSelector(".ui-button")).get(0).click(); // fentanyl -
      analytes.get(3).findElements(By.cssSelector(".ui-button")).get(1).click(); // buprenorphine +
      nina.click(By.id("screenForm:save"));
      nina.waitForText(By.id("notices"), "Drug screen recorded");
      nina.waitForText(By.id("tabs:screensActions"), "0 with an unexpected result");
      shot(nina, "journey-4-drug-screen");
    }

    try (Browser carl = new Browser(base)) {
      carl.open("caseload/index.xhtml").signIn("carl.counselor");
      carl.open(chart);
      carl.click(By.linkText("Recovery"));
      carl.click(By.id("tabs:recoveryActions:addMeeting"));
      carl.waitFor(By.id("meetingForm:save"));
      carl.choose("meetingForm:fellowship", "Narcotics Anonymous");
      carl.type(By.id("meetingForm:note"), "First meeting, on the unit");
      carl.click(By.id("meetingForm:save"));
      carl.waitForText(By.id("notices"), "Meeting recorded");
      carl.waitForText(By.id("tabs:meetings"), "First meeting, on the unit");
      shot(carl, "journey-5-recovery");

      // Everything recorded is on the chart the counselor reads.
      carl.open(chart);
      carl.click(By.linkText("Withdrawal"));
      carl.waitForText(By.id("tabs:scores"), "10 / 48");
      assertEquals(
          2,
          carl.driver().findElements(By.cssSelector("[id='tabs:scores_data'] tr")).size(),
          "the intake's COWS and the nurse's");
      carl.click(By.linkText("Consents & disclosures"));
      carl.waitForText(By.id("tabs:consentList"), "Lakeside Medical Group");
      carl.click(By.linkText("MAT"));
      carl.waitForText(By.id("mat-current"), "Buprenorphine");
      assertTrue(carl.driver().findElement(By.id("mat-current")).getText().contains("Induction"));
      carl.click(By.linkText("Drug screens"));
      carl.waitForText(By.id("tabs:screensActions"), "1 screens, 0 with an unexpected result");
      carl.click(By.linkText("Recovery"));
      carl.waitForText(By.id("tabs:meetings"), "Narcotics Anonymous");
      shot(carl, "journey-6-chart");
    }
  }

  /** A screenshot of the whole page, not only the window. */
  private static void shot(Browser browser, String name) throws IOException {
    var driver = browser.driver();
    long height =
        (Long)
            ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight;");
    driver.manage().window().setSize(new Dimension(1366, (int) Math.max(900, height + 40)));
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
    browser.screenshot(name);
    driver.manage().window().setSize(new Dimension(1366, 900));
  }
}
