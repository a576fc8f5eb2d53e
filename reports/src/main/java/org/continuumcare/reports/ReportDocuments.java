package org.continuumcare.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.JRCsvExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleCsvExporterConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleWriterExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.continuumcare.consent.Part2Notice;
import org.continuumcare.report.DocumentFormat;
import org.continuumcare.report.ReportCut;
import org.continuumcare.report.ReportPeriod;
import org.continuumcare.report.census.CensusAtRow;
import org.continuumcare.report.census.CensusReport;
import org.continuumcare.report.census.LengthOfStayRow;
import org.continuumcare.report.facesheet.FaceSheet;
import org.continuumcare.report.matstatus.MatStatusReport;
import org.continuumcare.report.matstatus.MatStatusRow;
import org.continuumcare.report.retention.RetentionByLevel;
import org.continuumcare.report.retention.RetentionCohort;
import org.continuumcare.report.retention.RetentionCounts;
import org.continuumcare.report.retention.RetentionParameters;
import org.continuumcare.report.retention.RetentionReport;

/**
 * Renders the outcome reports (DESIGN.md §4) as PDF, XLSX or CSV from the row objects of the ejb
 * module's {@code report} queries. The templates are compiled at build time ({@code *.jasper} next
 * to this class) and loaded once. Every page footer prints the report's parameters, the version of
 * the definitions and the time the data were read, and "page x of y".
 *
 * <p>Plain Java, thread-safe, no container needed: the web module wraps it as a CDI bean.
 */
public class ReportDocuments {

  private static final String BUNDLE = "org.continuumcare.reports.messages";
  private static final DateTimeFormatter CUT_FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final Map<String, JasperReport> templates = new ConcurrentHashMap<>();

  static {
    System.setProperty("java.awt.headless", "true");
  }

  /** The R90 report: cohorts, levels at course start, total, and the rate chart. */
  public byte[] retention(RetentionReport report, DocumentFormat format, Locale locale) {
    ResourceBundle bundle = bundle(locale);
    RetentionParameters p = report.getParameters();
    Map<String, Object> parameters =
        common(
            bundle,
            locale,
            parametersLine(
                bundle,
                p.getAsOf(),
                p.getFrom(),
                p.getTo(),
                p.getSiteCode(),
                MessageFormat.format(bundle.getString("parameters.gapDays"), p.getGapDays())),
            report.getCut());
    RetentionCounts total = report.getTotal();
    parameters.put("TOTAL_ELIGIBLE", total.getEligible());
    parameters.put("TOTAL_RETAINED", total.getRetained());
    parameters.put("TOTAL_EXCLUDED", total.getExcluded());
    parameters.put("TOTAL_RATE", total.getRate());
    parameters.put("NO_DATA", report.getCohorts().isEmpty());
    List<Map<String, ?>> byLevel = new ArrayList<>();
    for (RetentionByLevel row : report.getByLevel()) {
      Map<String, Object> map = counts(row);
      map.put("levelOfCare", label(bundle, "level.", row.getLevelOfCare()));
      byLevel.add(map);
    }
    parameters.put("BY_LEVEL", new JRMapCollectionDataSource(byLevel));
    parameters.put("BY_LEVEL_REPORT", template("retention_by_level"));
    List<Map<String, ?>> cohorts = new ArrayList<>();
    for (RetentionCohort row : report.getCohorts()) {
      Map<String, Object> map = counts(row);
      map.put("cohort", row.getCohort());
      cohorts.add(map);
    }
    return render("retention", parameters, cohorts, format);
  }

  /** The MAT status report: OUD on MAT, continuity ≥ 180 days, and the snapshot at asOf. */
  public byte[] matStatus(MatStatusReport report, DocumentFormat format, Locale locale) {
    ResourceBundle bundle = bundle(locale);
    Map<String, Object> parameters =
        common(bundle, locale, report.getParameters(), report.getCut());
    parameters.put("OUD_PATIENTS", report.getOud().getDenominator());
    parameters.put("OUD_ON_MAT", report.getOud().getNumerator());
    parameters.put("OUD_RATE", report.getOud().getRate());
    parameters.put("C180_STARTS", report.getContinuity180().getDenominator());
    parameters.put("C180_CONTINUOUS", report.getContinuity180().getNumerator());
    parameters.put("C180_RATE", report.getContinuity180().getRate());
    parameters.put(
        "TOTAL_PATIENTS", report.getByLevel().stream().mapToLong(MatStatusRow::getPatients).sum());
    parameters.put("NO_DATA", report.getByLevel().isEmpty());
    List<Map<String, ?>> rows = new ArrayList<>();
    for (MatStatusRow row : report.getByLevel()) {
      Map<String, Object> map = new HashMap<>();
      map.put("levelOfCare", label(bundle, "level.", row.getLevelOfCare()));
      map.put("status", label(bundle, "matStatus.", row.getStatus()));
      map.put("medication", label(bundle, "medication.", row.getMedication()));
      map.put("phase", label(bundle, "phase.", row.getPhase()));
      map.put("patients", row.getPatients());
      rows.add(map);
    }
    return render("mat_status", parameters, rows, format);
  }

  /** Census at asOf by level of care × site, and length of stay of the stays ended. */
  public byte[] census(CensusReport report, DocumentFormat format, Locale locale) {
    ResourceBundle bundle = bundle(locale);
    Map<String, Object> parameters =
        common(bundle, locale, report.getParameters(), report.getCut());
    parameters.put("TOTAL_PATIENTS", report.getTotal());
    parameters.put("NO_DATA", report.getCensus().isEmpty());
    parameters.put("NO_STAYS", report.getLengthOfStay().isEmpty());
    parameters.put(
        "LOS_PERIOD",
        MessageFormat.format(
            bundle.getString("census.losPeriod"), report.getLosFrom(), report.getLosTo()));
    List<Map<String, ?>> los = new ArrayList<>();
    for (LengthOfStayRow row : report.getLengthOfStay()) {
      Map<String, Object> map = new HashMap<>();
      map.put("levelOfCare", label(bundle, "level.", row.getLevelOfCare()));
      map.put("stays", row.getStays());
      map.put("medianDays", row.getMedianDays());
      map.put("meanDays", row.getMeanDays());
      los.add(map);
    }
    parameters.put("LOS", new JRMapCollectionDataSource(los));
    parameters.put("LOS_REPORT", template("census_los"));
    List<Map<String, ?>> rows = new ArrayList<>();
    for (CensusAtRow row : report.getCensus()) {
      Map<String, Object> map = new HashMap<>();
      map.put("levelOfCare", label(bundle, "level.", row.getLevelOfCare()));
      map.put("siteCode", row.getSiteCode());
      map.put("patients", row.getPatients());
      rows.add(map);
    }
    return render("census", parameters, rows, format);
  }

  /**
   * The patient face sheet released outside the program (42 CFR Part 2): demographics, episodes,
   * level-of-care history and MAT orders; every page footer names the recipient, purpose, date of
   * the disclosure and who printed it, with the §2.32 notice ({@link Part2Notice#STATEMENT}) and
   * "page x of y". Always PDF.
   */
  public byte[] faceSheet(
      FaceSheet sheet,
      String recipientName,
      String purposeLabel,
      LocalDate disclosedOn,
      String printedBy,
      Locale locale) {
    ResourceBundle bundle = bundle(locale);
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(JRParameter.REPORT_LOCALE, locale);
    parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, bundle);
    parameters.put("PATIENT_NAME", sheet.patientName());
    parameters.put("MRN", sheet.mrn());
    parameters.put("BIRTH_DATE", text(sheet.birthDate()));
    parameters.put("SEX", label(bundle, "sex.", sheet.sexAtBirth()));
    parameters.put("PRIMARY_SUBSTANCE", label(bundle, "substance.", sheet.primarySubstance()));
    parameters.put("SITE", sheet.siteName());
    parameters.put(
        "RELEASE_LINE",
        MessageFormat.format(
            bundle.getString("faceSheet.release"), recipientName, purposeLabel, text(disclosedOn)));
    parameters.put(
        "PRINTED_LINE",
        MessageFormat.format(
            bundle.getString("faceSheet.printed"),
            printedBy,
            sheet.readAt() == null ? "" : CUT_FORMAT.format(sheet.readAt())));
    parameters.put("NOTICE", Part2Notice.STATEMENT);
    List<Map<String, ?>> rows = new ArrayList<>();
    String[] episodeHeads = headings(bundle, "faceSheet.episodes.h", 6);
    String episodes = bundle.getString("faceSheet.episodes");
    for (FaceSheet.EpisodeRow e : sheet.episodes()) {
      rows.add(
          row(
              episodes,
              episodeHeads,
              text(e.admittedOn()),
              text(e.dischargedOn()),
              label(bundle, "dischargeReason.", e.dischargeReason()),
              e.primaryCounselor(),
              String.valueOf(e.stays().size()),
              e.stays().isEmpty()
                  ? ""
                  : label(bundle, "level.", e.stays().get(e.stays().size() - 1).levelOfCare())));
    }
    String[] stayHeads = headings(bundle, "faceSheet.stays.h", 6);
    String stays = bundle.getString("faceSheet.stays");
    for (FaceSheet.EpisodeRow e : sheet.episodes()) {
      for (FaceSheet.StayRow st : e.stays()) {
        rows.add(
            row(
                stays,
                stayHeads,
                text(e.admittedOn()),
                label(bundle, "level.", st.levelOfCare()),
                st.siteCode(),
                text(st.start()),
                text(st.end()),
                label(bundle, "reason.", st.entryReason())));
      }
    }
    String[] matHeads = headings(bundle, "faceSheet.mat.h", 6);
    String mat = bundle.getString("faceSheet.mat");
    for (FaceSheet.MatOrderRow o : sheet.matOrders()) {
      List<String> phases = new ArrayList<>();
      for (FaceSheet.PhaseRow ph : o.phases()) {
        phases.add(label(bundle, "phase.", ph.phase()) + " " + text(ph.effectiveOn()));
      }
      if (o.stopReason() != null) {
        phases.add(
            MessageFormat.format(
                bundle.getString("faceSheet.mat.stopped"),
                label(bundle, "stopReason.", o.stopReason())));
      }
      rows.add(
          row(
              mat,
              matHeads,
              label(bundle, "medication.", o.medication()),
              o.dose() == null
                  ? ""
                  : o.dose().stripTrailingZeros().toPlainString() + " " + o.unit(),
              o.prescriber(),
              text(o.startedOn()),
              text(o.endedOn()),
              String.join("; ", phases)));
    }
    if (sheet.matOrders().isEmpty()) {
      rows.add(row(mat, matHeads, bundle.getString("faceSheet.mat.none"), "", "", "", "", ""));
    }
    return render("face_sheet", parameters, rows, DocumentFormat.PDF);
  }

  private static String text(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  private static String[] headings(ResourceBundle bundle, String prefix, int n) {
    String[] h = new String[n];
    for (int i = 0; i < n; i++) {
      h[i] = bundle.getString(prefix + (i + 1));
    }
    return h;
  }

  private static Map<String, Object> row(String section, String[] headings, String... cells) {
    Map<String, Object> map = new HashMap<>();
    map.put("section", section);
    for (int i = 0; i < headings.length; i++) {
      map.put("h" + (i + 1), headings[i]);
      map.put("c" + (i + 1), cells[i]);
    }
    return map;
  }

  /**
   * A file name for a report document, e.g. {@code r90-2025-12-31.pdf}: the report's short name,
   * its as-of day and the format's suffix.
   */
  public static String fileName(String report, LocalDate asOf, DocumentFormat format) {
    return report + "-" + asOf + "." + format.suffix();
  }

  /** {@link #common(ResourceBundle, Locale, String, ReportCut)} for a report of a period. */
  private Map<String, Object> common(
      ResourceBundle bundle, Locale locale, ReportPeriod p, ReportCut cut) {
    return common(
        bundle,
        locale,
        parametersLine(bundle, p.getAsOf(), p.getFrom(), p.getTo(), p.getSiteCode(), null),
        cut);
  }

  private Map<String, Object> common(
      ResourceBundle bundle, Locale locale, String parametersLine, ReportCut cut) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(JRParameter.REPORT_LOCALE, locale);
    parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, bundle);
    parameters.put("PARAMETERS_LINE", parametersLine);
    parameters.put(
        "CUT_LINE",
        MessageFormat.format(
            bundle.getString("cut"),
            ReportCut.DEFINITIONS_VERSION,
            cut == null || cut.getCutAt() == null ? "" : CUT_FORMAT.format(cut.getCutAt())));
    return parameters;
  }

  /** "As of 2025-12-31 · from 2025-01-01 · to 2025-06-30 · all sites · gap 14 days". */
  static String parametersLine(
      ResourceBundle bundle,
      LocalDate asOf,
      LocalDate from,
      LocalDate to,
      String siteCode,
      String extra) {
    List<String> parts = new ArrayList<>();
    parts.add(MessageFormat.format(bundle.getString("parameters.asOf"), String.valueOf(asOf)));
    if (from != null) {
      parts.add(MessageFormat.format(bundle.getString("parameters.from"), from.toString()));
    }
    if (to != null) {
      parts.add(MessageFormat.format(bundle.getString("parameters.to"), to.toString()));
    }
    parts.add(
        siteCode == null
            ? bundle.getString("parameters.allSites")
            : MessageFormat.format(bundle.getString("parameters.site"), siteCode));
    if (extra != null) {
      parts.add(extra);
    }
    return String.join(" \u00b7 ", parts);
  }

  private static Map<String, Object> counts(RetentionCounts row) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("eligible", row.getEligible());
    map.put("retained", row.getRetained());
    map.put("excluded", row.getExcluded());
    map.put("rate", row.getRate());
    return map;
  }

  private static String label(ResourceBundle bundle, String prefix, Enum<?> value) {
    if (value == null) {
      return null;
    }
    try {
      return bundle.getString(prefix + value.name());
    } catch (MissingResourceException e) {
      return value.name().replace('_', ' ');
    }
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, ReportDocuments.class.getClassLoader());
  }

  private JasperReport template(String name) {
    return templates.computeIfAbsent(name, ReportDocuments::load);
  }

  private static JasperReport load(String name) {
    try (InputStream in = ReportDocuments.class.getResourceAsStream(name + ".jasper")) {
      if (in == null) {
        throw new IllegalStateException("compiled report template missing: " + name + ".jasper");
      }
      return (JasperReport) JRLoader.loadObject(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JRException e) {
      throw new IllegalStateException("cannot load report template " + name, e);
    }
  }

  private byte[] render(
      String name,
      Map<String, Object> parameters,
      Collection<Map<String, ?>> rows,
      DocumentFormat format) {
    try {
      JasperPrint print =
          JasperFillManager.fillReport(
              template(name), parameters, new JRMapCollectionDataSource(rows));
      return export(print, format);
    } catch (JRException e) {
      throw new IllegalStateException("cannot render report " + name + " as " + format, e);
    }
  }

  private static byte[] export(JasperPrint print, DocumentFormat format) throws JRException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (format) {
      case PDF -> {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(print.getName());
        configuration.setMetadataCreator("Continuum");
        exporter.setConfiguration(configuration);
        exporter.exportReport();
      }
      case XLSX -> {
        JRXlsxExporter exporter = new JRXlsxExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
        configuration.setOnePagePerSheet(false);
        configuration.setRemoveEmptySpaceBetweenRows(true);
        configuration.setRemoveEmptySpaceBetweenColumns(true);
        configuration.setDetectCellType(true);
        configuration.setWhitePageBackground(false);
        configuration.setIgnorePageMargins(true);
        configuration.setSheetNames(new String[] {print.getName()});
        exporter.setConfiguration(configuration);
        exporter.exportReport();
      }
      case CSV -> {
        JRCsvExporter exporter = new JRCsvExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleWriterExporterOutput(out, "UTF-8"));
        exporter.setConfiguration(new SimpleCsvExporterConfiguration());
        exporter.exportReport();
      }
    }
    return out.toByteArray();
  }
}
