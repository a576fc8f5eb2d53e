package org.continuumcare.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.LocalDate;
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
 * Consents and disclosures over HTTP (problem+json refusals, roles) and on the screens (the chart
 * tab with its dialogs, the printable accounting, the auditor's list), against the built WAR with
 * real Keycloak tokens and a real browser. Screenshots land in {@code target/screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentsApiAndScreensIT {

  private static final String PAYER = "Blue Valley Health Plan";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  @Test
  void consentsAndDisclosuresOverTheApi() {
    String id = admitted("Consent");
    Reply missing =
        api()
            .post(
                "patients/" + id + "/consents",
                "carl.counselor",
                consent().remove("signedBy").build());
    assertEquals(422, missing.status(), missing.body());
    assertTrue(missing.isProblem());
    assertEquals(
        "signedBy",
        missing.json().getJsonArray("errors").getJsonObject(0).getString("field"),
        missing.body());

    Reply noConsent = disclose(id, "carl.counselor");
    assertEquals(422, noConsent.status(), noConsent.body());
    assertTrue(noConsent.isProblem());
    assertTrue(noConsent.json().getString("detail").contains("No valid consent"), noConsent.body());

    Reply created = api().post("patients/" + id + "/consents", "carl.counselor", consent().build());
    assertEquals(201, created.status(), created.body());
    assertEquals("VALID", created.json().getString("status"));
    String consentId = created.json().getString("id");

    Reply disclosed = disclose(id, "carl.counselor");
    assertEquals(201, disclosed.status(), disclosed.body());
    assertEquals("CONSENT", disclosed.json().getString("basis"));
    assertTrue(disclosed.json().getString("notice").startsWith("This record which has been"));

    assertEquals(
        403,
        api().post("patients/" + id + "/consents", "aldo.auditor", consent().build()).status());
    Reply accounting = api().get("patients/" + id + "/disclosures", "aldo.auditor");
    assertEquals(200, accounting.status(), accounting.body());
    assertEquals(
        1, Json.createReader(new java.io.StringReader(accounting.body())).readArray().size());

    Reply emptyReason =
        api()
            .post(
                "patients/" + id + "/consents/" + consentId + "/revocation",
                "carl.counselor",
                Json.createObjectBuilder().build());
    assertEquals(422, emptyReason.status(), emptyReason.body());
    Reply revoked =
        api()
            .post(
                "patients/" + id + "/consents/" + consentId + "/revocation",
                "carl.counselor",
                Json.createObjectBuilder().add("reason", "In writing, letter received").build());
    assertEquals(200, revoked.status(), revoked.body());
    assertEquals("REVOKED", revoked.json().getString("status"));
    assertEquals(422, disclose(id, "carl.counselor").status());

    Reply emergency =
        api()
            .post(
                "patients/" + id + "/disclosures",
                "carl.counselor",
                Json.createObjectBuilder()
                    .add("basis", "MEDICAL_EMERGENCY")
                    .add("purpose", "TREATMENT")
                    .add("recipient", "Dr. Ana Ruiz")
                    .add("recipientAffiliation", "St. Mary's Emergency Department")
                    .add("emergency", "Suspected overdose")
                    .add("description", "Current MAT medication and dose")
                    .build());
    assertEquals(201, emergency.status(), emergency.body());
    assertEquals(
        404,
        api().get("patients/" + id + "/consents", "cora.counselor").status(),
        "another counselor's patient is not found");
  }

  @Test
  void theConsentsTabTheAccountingAndTheAuditorsList() throws Exception {
    String id = admitted("Tab");
    api().post("patients/" + id + "/consents", "carl.counselor", consent().build());
    Reply other =
        api()
            .post(
                "patients/" + id + "/consents",
                "carl.counselor",
                consent()
                    .add("recipientKind", "PROVIDER")
                    .add("recipientName", "Riverside Opioid Treatment Program")
                    .add("purpose", "CARE_COORDINATION")
                    .build());
    api()
        .post(
            "patients/" + id + "/consents/" + other.json().getString("id") + "/revocation",
            "carl.counselor",
            Json.createObjectBuilder().add("reason", "Patient's letter").build());
    api()
        .post(
            "patients/" + id + "/consents",
            "carl.counselor",
            consent()
                .add("recipientKind", "FAMILY")
                .add("recipientName", "Sam (brother)")
                .add("purpose", "PATIENT_REQUEST")
                .add("signedOn", LocalDate.now().minusDays(60).toString())
                .add("expiresOn", LocalDate.now().minusDays(5).toString())
                .build());
    assertEquals(201, disclose(id, "carl.counselor").status());

    try (Browser carl = new Browser(base)) {
      carl.open("caseload/index.xhtml").signIn("carl.counselor");
      carl.open("patient/chart.xhtml?id=" + id + "&tab=consents");
      carl.waitForText(By.id("tabs:consentList:consentTable"), "Revoked");
      String table = carl.driver().findElement(By.id("tabs:consentList:consentTable")).getText();
      assertTrue(table.contains("Valid") && table.contains("Expired"), table);
      carl.screenshot("consents-tab");

      carl.click(By.id("tabs:consentList:capture"));
      var save = carl.waitFor(By.id("consentForm:save"));
      ((org.openqa.selenium.JavascriptExecutor) carl.driver())
          .executeScript("arguments[0].scrollIntoView(true)", save);
      carl.click(By.id("consentForm:save"));
      carl.waitForText(By.id("consentForm"), "Name the recipient");
      carl.screenshot("consent-capture-refused");

      carl.open("patient/accounting.xhtml?id=" + id);
      carl.waitForText(By.id("accounting"), PAYER);
      assertTrue(carl.text().contains("42 CFR part 2"));
      carl.screenshot("accounting-print");
    }
    try (Browser aldo = new Browser(base)) {
      aldo.open("audit/disclosures.xhtml").signIn("aldo.auditor");
      aldo.open("audit/disclosures.xhtml");
      aldo.waitForText(By.id("disclosures"), PAYER);
      aldo.screenshot("auditor-disclosures");
    }
  }

  private Reply disclose(String id, String user) {
    return api()
        .post(
            "patients/" + id + "/disclosures",
            user,
            Json.createObjectBuilder()
                .add("recipient", PAYER)
                .add("purpose", "PAYMENT")
                .add("description", "Face sheet: admission and level of care")
                .build());
  }

  private static JsonObjectBuilder consent() {
    return Fixtures.payerConsent(PAYER, "Admission and discharge dates, level of care, MAT status");
  }

  private String admitted(String family) {
    return Fixtures.admit(
            api(), Fixtures.unique(family), "HEROIN", "RES", LocalDate.now().minusDays(5))
        .patientId();
  }
}
