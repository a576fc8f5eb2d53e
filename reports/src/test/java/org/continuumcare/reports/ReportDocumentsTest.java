package org.continuumcare.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.mat.Medication;
import org.continuumcare.mat.Phase;
import org.continuumcare.report.DocumentFormat;
import org.continuumcare.report.ReportCut;
import org.continuumcare.report.ReportPeriod;
import org.continuumcare.report.census.CensusAtRow;
import org.continuumcare.report.census.CensusReport;
import org.continuumcare.report.census.LengthOfStayRow;
import org.continuumcare.report.matstatus.MatStatus;
import org.continuumcare.report.matstatus.MatStatusReport;
import org.continuumcare.report.matstatus.MatStatusRow;
import org.continuumcare.report.matstatus.Ratio;
import org.continuumcare.report.retention.RetentionByLevel;
import org.continuumcare.report.retention.RetentionCohort;
import org.continuumcare.report.retention.RetentionCounts;
import org.continuumcare.report.retention.RetentionParameters;
import org.continuumcare.report.retention.RetentionReport;
import org.junit.jupiter.api.Test;

/** Each report in each format, from row objects: the figures and the footer are in the PDF. */
class ReportDocumentsTest {

  static final ReportCut CUT = new ReportCut(Instant.parse("2026-01-02T08:15:00Z"));
  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  final ReportDocuments documents = new ReportDocuments();

  static RetentionReport retention() {
    return new RetentionReport(
        new RetentionParameters(AS_OF, LocalDate.of(2025, 1, 1), null, 14, "NORTH"),
        List.of(
            new RetentionCohort("2025-01", 40, 17, 1),
            new RetentionCohort("2025-02", 32, 20, 0),
            new RetentionCohort("2025-03", 0, 0, 2)),
        List.of(
            new RetentionByLevel(LevelOfCare.WM, 50, 19, 3),
            new RetentionByLevel(LevelOfCare.RES, 22, 18, 0)),
        new RetentionCounts(72, 37, 3),
        CUT);
  }

  static MatStatusReport matStatus() {
    return new MatStatusReport(
        new ReportPeriod(AS_OF, null, null, null),
        List.of(
            new MatStatusRow(
                LevelOfCare.IOP, MatStatus.ACTIVE, Medication.BUPRENORPHINE, Phase.MAINTENANCE, 12),
            new MatStatusRow(LevelOfCare.IOP, MatStatus.NONE, null, null, 5),
            new MatStatusRow(LevelOfCare.RES, MatStatus.DECLINED, null, null, 3)),
        new Ratio(90, 61),
        new Ratio(44, 19),
        CUT);
  }

  static CensusReport census() {
    return new CensusReport(
        new ReportPeriod(AS_OF, null, null, null),
        LocalDate.of(2025, 1, 1),
        AS_OF,
        List.of(
            new CensusAtRow(LevelOfCare.RES, "NORTH", 14),
            new CensusAtRow(LevelOfCare.IOP, "SOUTH", 23)),
        List.of(new LengthOfStayRow(LevelOfCare.RES, 31, 27.5, 29.75)),
        CUT);
  }

  @Test
  void retentionPdfHasTheFiguresAndTheFooter() throws IOException {
    byte[] pdf = documents.retention(retention(), DocumentFormat.PDF, Locale.US);
    write("retention.pdf", pdf);
    String text = pdfText(pdf);
    assertContains(text, "90-day retention (R90)");
    assertContains(text, "2025-01");
    assertContains(text, "42.5%"); // 17 / 40
    assertContains(text, "62.5%"); // 20 / 32
    assertContains(text, "51.4%"); // 37 / 72
    assertContains(text, "Withdrawal management (WM)");
    assertContains(text, "38.0%"); // 19 / 50
    assertContains(text, "81.8%"); // 18 / 22
    assertFooter(text);
    assertContains(text, "from 2025-01-01");
    assertContains(text, "site NORTH");
    assertContains(text, "gap 14 days");
  }

  @Test
  void matStatusPdfHasTheFiguresAndTheFooter() throws IOException {
    byte[] pdf = documents.matStatus(matStatus(), DocumentFormat.PDF, Locale.US);
    write("mat-status.pdf", pdf);
    String text = pdfText(pdf);
    assertContains(text, "MAT status");
    assertContains(text, "67.8%"); // 61 / 90
    assertContains(text, "43.2%"); // 19 / 44
    assertContains(text, "Buprenorphine");
    assertContains(text, "Maintenance");
    assertContains(text, "Declined");
    assertContains(text, "20"); // total in care
    assertFooter(text);
    assertContains(text, "all sites");
  }

  @Test
  void censusPdfHasTheFiguresAndTheFooter() throws IOException {
    byte[] pdf = documents.census(census(), DocumentFormat.PDF, Locale.US);
    write("census.pdf", pdf);
    String text = pdfText(pdf);
    assertContains(text, "Census and length of stay");
    assertContains(text, "NORTH");
    assertContains(text, "37"); // total
    assertContains(text, "27.5");
    assertContains(text, "29.8"); // 29.75 shown with one decimal
    assertContains(text, "Stays ended 2025-01-01 \u2013 2025-12-31");
    assertFooter(text);
  }

  @Test
  void everyReportRendersAsXlsxAndCsv() throws IOException {
    for (DocumentFormat format : List.of(DocumentFormat.XLSX, DocumentFormat.CSV)) {
      byte[] r = documents.retention(retention(), format, Locale.US);
      byte[] m = documents.matStatus(matStatus(), format, Locale.US);
      byte[] c = documents.census(census(), format, Locale.US);
      if (format == DocumentFormat.CSV) {
        String csv = new String(r, StandardCharsets.UTF_8);
        assertContains(csv, "2025-01");
        assertContains(csv, "42.5%");
        assertContains(new String(m, StandardCharsets.UTF_8), "Buprenorphine");
        assertContains(new String(c, StandardCharsets.UTF_8), "NORTH");
      } else {
        assertContains(xlsxText(r), "2025-01");
        assertContains(xlsxText(m), "Buprenorphine");
        assertContains(xlsxText(c), "NORTH");
      }
      write("retention." + format.suffix(), r);
      write("mat-status." + format.suffix(), m);
      write("census." + format.suffix(), c);
    }
  }

  @Test
  void emptyReportsStillRender() throws IOException {
    RetentionReport empty =
        new RetentionReport(
            new RetentionParameters(AS_OF, null, null, 14, null),
            List.of(),
            List.of(),
            new RetentionCounts(0, 0, 0),
            CUT);
    String text = pdfText(documents.retention(empty, DocumentFormat.PDF, Locale.US));
    assertContains(text, "No course is old enough");
    assertContains(text, "Page 1 of 1");
  }

  @Test
  void mediaTypesAndSuffixes() {
    assertEquals(DocumentFormat.PDF, DocumentFormat.ofMediaType("application/pdf").orElseThrow());
    assertEquals(
        DocumentFormat.CSV, DocumentFormat.ofMediaType("text/csv; charset=UTF-8").orElseThrow());
    assertEquals(DocumentFormat.XLSX, DocumentFormat.ofSuffix("XLSX").orElseThrow());
    assertTrue(DocumentFormat.ofMediaType("text/html").isEmpty());
    assertEquals("r90-2025-12-31.pdf", ReportDocuments.fileName("r90", AS_OF, DocumentFormat.PDF));
  }

  private static void assertFooter(String text) {
    assertContains(text, "As of 2025-12-31");
    assertContains(text, ReportCut.DEFINITIONS_VERSION);
    assertContains(text, "2026-01-02 08:15 UTC");
    assertContains(text, "Page 1 of 1");
  }

  static void assertContains(String text, String expected) {
    assertTrue(text.contains(expected), () -> "expected «" + expected + "» in:\n" + text);
  }

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  static String xlsxText(byte[] xlsx) throws IOException {
    StringBuilder text = new StringBuilder();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().startsWith("xl/")) {
          text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return text.toString();
  }

  private static void write(String name, byte[] content) throws IOException {
    Path dir = Path.of("target", "documents");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name), content);
  }
}
