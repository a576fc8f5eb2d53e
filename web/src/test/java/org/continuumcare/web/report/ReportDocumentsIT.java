package org.continuumcare.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.continuumcare.report.DocumentFormat;
import org.continuumcare.report.ReportCut;
import org.continuumcare.report.pack.PackReport;
import org.continuumcare.report.pack.ReportPack;
import org.continuumcare.report.pack.ReportPacks;
import org.continuumcare.web.testing.Api;
import org.continuumcare.web.testing.Api.Reply;
import org.continuumcare.web.testing.Browser;
import org.continuumcare.web.testing.Deployments;
import org.continuumcare.web.testing.Keycloak;
import org.continuumcare.web.workflow.Callers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Printed reports inside Payara Micro: the monthly pack is generated with the Jasper renderer
 * (READY, a PDF, an XLSX and a CSV per report), and the API negotiates PDF, CSV and XLSX for
 * retention, MAT status and census — the PDF shows the same figures as the JSON, and its footer the
 * parameters. One class, so Payara boots once.
 */
@ExtendWith(ArquillianExtension.class)
class ReportDocumentsIT {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Deployment
  static WebArchive deployment() {
    return Deployments.inContainer()
        .addClasses(
            ReportDocumentsIT.class,
            Api.class,
            Api.Reply.class,
            Keycloak.class,
            Deployments.class,
            Browser.class,
            Callers.class,
            Callers.AsIntake.class,
            Callers.AsAdministrator.class,
            Callers.AsCounselor.class,
            Callers.AsAuditor.class,
            Callers.AsIntakeInTransaction.class)
        .addAsLibraries(
            Maven.resolver()
                .resolve(
                    "org.apache.pdfbox:pdfbox:" + System.getProperty("pdfbox.version", "3.0.5"))
                .withTransitivity()
                .asFile())
        .addAsWebInfResource("in-container/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
        .addAsWebInfResource("in-container/glassfish-web.xml", "glassfish-web.xml");
  }

  @EJB ReportPacks packs;
  @EJB Callers.AsAdministrator asAdmin;

  @Test
  void aPackIsRenderedReadyWithEveryReportInEveryFormat() throws Exception {
    YearMonth month =
        YearMonth.of(
            1990 + ThreadLocalRandom.current().nextInt(30), 1 + (int) (Math.random() * 12));
    ReportPack started = asAdmin.call(() -> packs.start(month));
    ReportPack pack = started;
    for (int i = 0; i < 240 && pack.getStatus() == ReportPack.Status.RUNNING; i++) {
      Thread.sleep(500);
      pack =
          asAdmin.call(() -> packs.recent(50)).stream()
              .filter(p -> p.getId().equals(started.getId()))
              .findFirst()
              .orElseThrow();
    }
    assertEquals(ReportPack.Status.READY, pack.getStatus(), pack.getFailure());
    UUID id = pack.getId();
    LocalDate asOf = pack.getAsOf();
    for (PackReport report : PackReport.values()) {
      for (DocumentFormat format : DocumentFormat.values()) {
        byte[] content = asAdmin.call(() -> packs.document(id, report, format));
        assertTrue(content.length > 100, report + " " + format);
        if (format == DocumentFormat.PDF) {
          String text = pdfText(content);
          assertTrue(text.contains("As of " + asOf), text);
          assertTrue(text.contains(ReportCut.DEFINITIONS_VERSION), text);
          assertTrue(text.contains("Page 1 of"), text);
        }
      }
    }
    String r90 =
        pdfText(asAdmin.call(() -> packs.document(id, PackReport.RETENTION, DocumentFormat.PDF)));
    assertTrue(r90.contains("90-day retention (R90)"), r90);
    String csv =
        new String(
            asAdmin.call(() -> packs.document(id, PackReport.CENSUS, DocumentFormat.CSV)),
            StandardCharsets.UTF_8);
    assertTrue(csv.contains("Census and length of stay"), csv);
  }

  // ---- over HTTP: content negotiation of the API ----

  @Test
  @RunAsClient
  void retentionAndMatStatusAsPdfShowTheFiguresOfTheJson(@ArquillianResource URL base)
      throws Exception {
    Api api = new Api(base);
    String site = "D" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    assertEquals(
        201,
        api.post("sites", "adam.admin", "{\"code\":\"" + site + "\",\"name\":\"Documents\"}")
            .status());
    // Retained: RES since 200 days ago, on buprenorphine since 190 days ago (OUD).
    String retained = registeredAt(api, site, "HEROIN");
    assertEquals(
        201,
        api.post("patients/" + retained + "/episodes", "ivy.intake", admission("RES", 200))
            .status());
    Reply order =
        api.post(
            "patients/" + retained + "/mat-orders",
            "adam.admin",
            "{\"medication\":\"BUPRENORPHINE\",\"phase\":\"INDUCTION\",\"startedOn\":\""
                + LocalDate.now().minusDays(190)
                + "\",\"dose\":8,\"unit\":\"mg\"}");
    assertEquals(201, order.status(), order.body());
    // Not retained: IOP 130 days ago, discharged 110 days ago. Another OUD patient in care: none.
    String shortStay = registeredAt(api, site, "ALCOHOL");
    Reply second =
        api.post("patients/" + shortStay + "/episodes", "ivy.intake", admission("IOP", 130));
    assertEquals(201, second.status(), second.body());
    assertEquals(
        200,
        api.post(
                "episodes/" + second.json().getString("id") + "/discharge",
                "adam.admin",
                "{\"dischargedOn\":\""
                    + LocalDate.now().minusDays(110)
                    + "\",\"reason\":\"COMPLETED\",\"note\":\"\"}")
            .status());
    String untreated = registeredAt(api, site, "FENTANYL");
    assertEquals(
        201,
        api.post("patients/" + untreated + "/episodes", "ivy.intake", admission("WM", 3)).status());

    String query = "siteCode=" + site + "&gapDays=10";
    JsonObject json = json(get(base, "reports/retention?" + query, "application/json"));
    JsonObject total = json.getJsonObject("total");
    assertEquals(2, total.getInt("eligible"), json.toString());
    assertEquals(1, total.getInt("retained"), json.toString());

    HttpResponse<byte[]> pdf = get(base, "reports/retention?" + query, "application/pdf");
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElseThrow());
    assertEquals(
        "attachment; filename=\"retention-" + LocalDate.now() + ".pdf\"",
        pdf.headers().firstValue("Content-Disposition").orElseThrow());
    String text = pdfText(pdf.body());
    String cohort = json.getJsonArray("cohorts").getJsonObject(0).getString("cohort");
    assertTrue(text.contains(cohort), text);
    assertTrue(text.contains("Total 2 1 0 50.0%"), text);
    assertTrue(text.contains("Residential (RES) 1 1 0 100.0%"), text);
    assertTrue(text.contains("Intensive outpatient (IOP) 1 0 0 0.0%"), text);
    assertFooter(text, "site " + site, "gap 10 days");
    assertTrue(text.contains(json.getString("definitions")), "definitions version in the footer");

    JsonObject mat = json(get(base, "reports/mat-status?siteCode=" + site, "application/json"));
    assertEquals(2, mat.getJsonObject("oud").getInt("patients"), mat.toString());
    assertEquals(1, mat.getJsonObject("oud").getInt("onMat"), mat.toString());
    String matText =
        pdfText(get(base, "reports/mat-status?siteCode=" + site, "application/pdf").body());
    assertTrue(matText.contains("OUD patients in care on MAT 2 1 50.0%"), matText);
    assertTrue(matText.contains("On MAT Buprenorphine Induction 1"), matText);
    assertFooter(matText, "site " + site);

    JsonObject census = json(get(base, "reports/census?siteCode=" + site, "application/json"));
    String censusText =
        pdfText(get(base, "reports/census?siteCode=" + site, "application/pdf").body());
    assertTrue(censusText.contains("Patients in care " + census.getInt("total")), censusText);
    assertFooter(censusText, "site " + site);
  }

  @Test
  @RunAsClient
  void csvAndXlsxAreAttachmentsAndOtherMediaTypesAre406(@ArquillianResource URL base)
      throws Exception {
    for (String path : List.of("retention", "mat-status", "census")) {
      HttpResponse<byte[]> csv = get(base, "reports/" + path, "text/csv");
      assertEquals(200, csv.statusCode(), path);
      assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
      assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().endsWith(".csv\""));
      assertTrue(
          new String(csv.body(), StandardCharsets.UTF_8).contains("As of " + LocalDate.now()));

      HttpResponse<byte[]> xlsx = get(base, "reports/" + path, XLSX);
      assertEquals(200, xlsx.statusCode(), path);
      assertEquals(XLSX, xlsx.headers().firstValue("Content-Type").orElseThrow());
      assertEquals('P', (char) xlsx.body()[0], "a zip (OOXML)");
      assertEquals("no-store", xlsx.headers().firstValue("Cache-Control").orElseThrow());

      HttpResponse<byte[]> json = get(base, "reports/" + path, null);
      assertEquals(200, json.statusCode(), path);
      assertTrue(
          json.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));

      HttpResponse<byte[]> html = get(base, "reports/" + path, "text/html");
      assertEquals(406, html.statusCode(), path);
      assertTrue(
          html.headers()
              .firstValue("Content-Type")
              .orElseThrow()
              .startsWith("application/problem+json"));
      assertEquals(406, json(html).getInt("status"));
    }
    // Parameter errors stay problems, whatever the Accept.
    HttpResponse<byte[]> bad = get(base, "reports/retention?gapDays=two", "application/pdf");
    assertEquals(400, bad.statusCode());
    assertTrue(
        bad.headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .startsWith("application/problem+json"));
    HttpResponse<byte[]> rule =
        get(base, "reports/mat-status?from=2025-06-01&to=2025-01-01", "text/csv");
    assertEquals(422, rule.statusCode());
    // Administrators only, as for JSON.
    HttpResponse<byte[]> counselor =
        send(base, "reports/retention", "application/pdf", "carl.counselor");
    assertEquals(403, counselor.statusCode());
  }

  @Test
  @RunAsClient
  void theReportsPageOffersTheShownReportAsPdfXlsxAndCsv(@ArquillianResource URL base)
      throws Exception {
    try (Browser browser = new Browser(base)) {
      browser.open("reports/index.xhtml").signIn("adam.admin");
      browser.open("reports/index.xhtml");
      browser.click(By.id("parameters:run"));
      browser.waitFor(By.id("downloads:pdf"));
      assertTrue(browser.driver().findElement(By.id("downloads:xlsx")).isDisplayed());
      assertTrue(browser.driver().findElement(By.id("downloads:csv")).isDisplayed());
      browser.screenshot("reports-retention-downloads");
      browser.choose("parameters:kind", "MAT status");
      browser.waitForText(By.id("parameters"), "limits only the continuity measure");
      browser.click(By.id("parameters:run"));
      browser.waitForText(By.id("result"), "Patients in care by level of care and MAT status");
      browser.waitFor(By.id("downloads:pdf"));
      browser.screenshot("reports-mat-status-downloads");
    }
  }

  private static void assertFooter(String text, String... parameters) {
    assertTrue(text.contains("As of " + LocalDate.now()), text);
    assertTrue(text.contains(ReportCut.DEFINITIONS_VERSION), text);
    assertTrue(text.contains("data read "), text);
    assertTrue(text.contains("Page 1 of 1"), text);
    for (String p : parameters) {
      assertTrue(text.contains(p), () -> "«" + p + "» in " + text);
    }
  }

  private static HttpResponse<byte[]> get(URL base, String path, String accept) {
    return send(base, path, accept, "adam.admin");
  }

  private static HttpResponse<byte[]> send(URL base, String path, String accept, String user) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(base.toString().replaceAll("/+$", "") + "/api/v1/" + path))
            .header("Authorization", "Bearer " + Keycloak.token(user));
    if (accept != null) {
      request.header("Accept", accept);
    }
    try {
      return HttpClient.newHttpClient()
          .send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject json(HttpResponse<byte[]> response) {
    return Json.createReader(new StringReader(new String(response.body(), StandardCharsets.UTF_8)))
        .readObject();
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
    }
  }

  private static String registeredAt(Api api, String site, String substance) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("givenName", "Test")
            .add("familyName", "Print-" + UUID.randomUUID().toString().substring(0, 6))
            .add("birthDate", "1990-04-02")
            .add("sexAtBirth", "F")
            .add("primarySubstance", substance)
            .add("siteCode", site)
            .build();
    Reply r = api.post("patients", "ivy.intake", body);
    assertEquals(201, r.status(), r.body());
    return r.json().getString("id");
  }

  private static String admission(String level, int daysAgo) {
    return Json.createObjectBuilder()
        .add("admittedOn", LocalDate.now().minusDays(daysAgo).toString())
        .add("levelOfCare", level)
        .add("referralSource", "SELF")
        .add("primaryCounselor", "carl.counselor")
        .build()
        .toString();
  }

  static {
    Locale.setDefault(Locale.US);
  }
}
