package org.continuumcare.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.continuumcare.consent.Part2Notice;
import org.continuumcare.web.testing.Api;
import org.continuumcare.web.testing.Api.Reply;
import org.continuumcare.web.testing.Browser;
import org.continuumcare.web.testing.Deployments;
import org.continuumcare.web.testing.Fixtures;
import org.continuumcare.web.testing.Keycloak;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The face sheet released over HTTP with real tokens: refused (422, nothing logged) without a valid
 * consent, downloaded as a PDF with the Part 2 notice on every page and logged as a disclosure
 * under one; refused again once the consent is revoked; not found for a counselor off the team.
 */
@ExtendWith(ArquillianExtension.class)
class FaceSheetIT {

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
  void faceSheetReleasedOnlyUnderAValidConsent() throws Exception {
    String family = "Facesheet-" + UUID.randomUUID().toString().substring(0, 6);
    String id = admitted(family);

    HttpResponse<byte[]> refused = faceSheet(id, "carl.counselor", PAYER, "PAYMENT");
    assertEquals(422, refused.statusCode(), new String(refused.body()));
    assertTrue(
        refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem"));
    assertEquals(0, disclosures(id));

    Reply created = api().post("patients/" + id + "/consents", "carl.counselor", consent());
    assertEquals(201, created.status(), created.body());
    String consentId = created.json().getString("id");

    HttpResponse<byte[]> otherPurpose = faceSheet(id, "carl.counselor", PAYER, "LEGAL");
    assertEquals(422, otherPurpose.statusCode());
    assertEquals(0, disclosures(id));

    HttpResponse<byte[]> pdf = faceSheet(id, "carl.counselor", PAYER, "PAYMENT");
    assertEquals(200, pdf.statusCode(), new String(pdf.body()));
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    String notice = flat(Part2Notice.STATEMENT);
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      PDFTextStripper stripper = new PDFTextStripper();
      String all = flat(stripper.getText(doc));
      assertTrue(all.contains(family + ", Rosa"), all);
      assertTrue(all.contains("Residential (RES)"), all);
      assertTrue(all.contains("Disclosed to " + PAYER), all);
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        assertTrue(flat(stripper.getText(doc)).contains(notice), "notice on page " + p);
      }
    }
    assertEquals(1, disclosures(id));

    assertEquals(
        404, faceSheet(id, "cora.counselor", PAYER, "PAYMENT").statusCode(), "not on care team");
    assertEquals(403, faceSheet(id, "aldo.auditor", PAYER, "PAYMENT").statusCode());
    assertEquals(
        404,
        faceSheet(UUID.randomUUID().toString(), "carl.counselor", PAYER, "PAYMENT").statusCode());

    Reply revoked =
        api()
            .post(
                "patients/" + id + "/consents/" + consentId + "/revocation",
                "carl.counselor",
                Json.createObjectBuilder().add("reason", "In writing").build());
    assertEquals(200, revoked.status(), revoked.body());
    assertEquals(422, faceSheet(id, "carl.counselor", PAYER, "PAYMENT").statusCode());
    assertEquals(1, disclosures(id));
  }

  @Test
  void printFaceSheetOnAValidConsentOfTheConsentsTab() throws Exception {
    String id = admitted(Fixtures.unique("Printed"));
    Reply created = api().post("patients/" + id + "/consents", "carl.counselor", consent());
    assertEquals(201, created.status(), created.body());
    try (Browser carl = new Browser(base)) {
      carl.open("caseload/index.xhtml").signIn("carl.counselor");
      carl.open("patient/chart.xhtml?id=" + id + "&tab=consents");
      carl.waitFor(By.id("tabs:consentList:consentTable:0:faceSheet"));
      carl.screenshot("face-sheet-button");
      carl.click(By.id("tabs:consentList:consentTable:0:faceSheet"));
      for (int i = 0; i < 40 && disclosures(id) == 0; i++) {
        Thread.sleep(250);
      }
      assertEquals(1, disclosures(id), "the download released the face sheet");
    }
  }

  private int disclosures(String id) {
    Reply r = api().get("patients/" + id + "/disclosures", "aldo.auditor");
    assertEquals(200, r.status(), r.body());
    return Json.createReader(new StringReader(r.body())).readArray().size();
  }

  private HttpResponse<byte[]> faceSheet(String id, String user, String recipient, String purpose)
      throws Exception {
    URI uri =
        URI.create(
            base.toString().replaceAll("/+$", "") + "/api/v1/patients/" + id + "/face-sheet");
    String body =
        Json.createObjectBuilder()
            .add("recipientKind", "PAYER")
            .add("recipientName", recipient)
            .add("purpose", purpose)
            .build()
            .toString();
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + Keycloak.token(user))
                .header("Content-Type", "application/json")
                .header("Accept", "application/pdf, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String flat(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }

  private static JsonObject consent() {
    return Fixtures.payerConsent(
            PAYER, "Face sheet: demographics, level of care history, MAT orders")
        .build();
  }

  private String admitted(String family) {
    return Fixtures.admit(api(), family, "HEROIN", "RES", LocalDate.now().minusDays(5)).patientId();
  }
}
