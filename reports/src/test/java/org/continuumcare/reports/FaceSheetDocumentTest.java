package org.continuumcare.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.continuumcare.consent.Part2Notice;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.mat.Medication;
import org.continuumcare.mat.Phase;
import org.continuumcare.mat.StopReason;
import org.continuumcare.patient.SexAtBirth;
import org.continuumcare.patient.Substance;
import org.continuumcare.report.facesheet.FaceSheet;
import org.continuumcare.report.facesheet.FaceSheet.EpisodeRow;
import org.continuumcare.report.facesheet.FaceSheet.MatOrderRow;
import org.continuumcare.report.facesheet.FaceSheet.PhaseRow;
import org.continuumcare.report.facesheet.FaceSheet.StayRow;
import org.junit.jupiter.api.Test;

/** A face sheet long enough for several pages: the §2.32 notice and release line on every page. */
class FaceSheetDocumentTest {

  static FaceSheet longFaceSheet() {
    LevelOfCare[] levels = LevelOfCare.values();
    List<EpisodeRow> episodes = new ArrayList<>();
    LocalDate day = LocalDate.of(2022, 1, 3);
    for (int e = 0; e < 6; e++) {
      LocalDate admitted = day;
      List<StayRow> stays = new ArrayList<>();
      for (int s = 0; s < 12; s++) {
        LocalDate end = day.plusDays(9);
        stays.add(new StayRow(s, levels[s % levels.length], "NORTH", day, end, null));
        day = end;
      }
      episodes.add(
          new EpisodeRow(
              admitted, day, org.continuumcare.episode.DischargeReason.COMPLETED, "cora", stays));
      day = day.plusDays(20);
    }
    List<MatOrderRow> orders =
        List.of(
            new MatOrderRow(
                Medication.BUPRENORPHINE,
                new BigDecimal("16.0"),
                "mg",
                "pat.prescriber",
                LocalDate.of(2022, 1, 4),
                LocalDate.of(2023, 2, 1),
                StopReason.COMPLETED_TAPER,
                List.of(
                    new PhaseRow(Phase.INDUCTION, LocalDate.of(2022, 1, 4)),
                    new PhaseRow(Phase.MAINTENANCE, LocalDate.of(2022, 2, 1)),
                    new PhaseRow(Phase.TAPER, LocalDate.of(2022, 12, 1)))));
    return new FaceSheet(
        "MRN-4711",
        "Avery",
        "Lindqvist",
        LocalDate.of(1988, 5, 17),
        SexAtBirth.F,
        Substance.FENTANYL,
        "North Campus",
        episodes,
        orders,
        Instant.parse("2026-01-02T08:15:00Z"));
  }

  @Test
  void noticeAndReleaseOnEveryPageAndFiguresPresent() throws IOException {
    byte[] pdf =
        new ReportDocuments()
            .faceSheet(
                longFaceSheet(),
                "Blue Cross of Ohio",
                "Payment",
                LocalDate.of(2026, 1, 2),
                "cora",
                Locale.US);
    Path out = Path.of("target", "face_sheet.pdf");
    Files.createDirectories(out.getParent());
    Files.write(out, pdf);
    String notice = normalize(Part2Notice.STATEMENT);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      assertTrue(pages >= 2, "multi-page face sheet, got " + pages);
      PDFTextStripper stripper = new PDFTextStripper();
      StringBuilder all = new StringBuilder();
      for (int p = 1; p <= pages; p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        String text = stripper.getText(doc);
        all.append(text);
        String flat = normalize(text);
        assertTrue(flat.contains(notice), "notice on page " + p);
        assertTrue(flat.contains("Disclosed to Blue Cross of Ohio"), "recipient on page " + p);
        assertTrue(flat.contains("purpose: Payment"), "purpose on page " + p);
        assertTrue(flat.contains("2026-01-02"), "date on page " + p);
        assertTrue(flat.contains("Printed by cora"), "printed by on page " + p);
        assertTrue(flat.contains("Page " + p + " of " + pages), "page x of y on page " + p);
      }
      String flat = normalize(all.toString());
      for (String figure :
          List.of(
              "Lindqvist, Avery",
              "MRN-4711",
              "1988-05-17",
              "Female",
              "FENTANYL",
              "Level-of-care history",
              "Withdrawal management (WM)",
              "Residential (RES)",
              "Buprenorphine",
              "16 mg",
              "Induction 2022-01-04",
              "Taper 2022-12-01",
              "COMPLETED TAPER")) {
        assertTrue(flat.contains(figure), figure);
      }
    }
  }

  private static String normalize(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}
