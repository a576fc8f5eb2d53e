package org.continuumcare.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.continuumcare.report.census.CensusReport;
import org.continuumcare.report.matstatus.MatStatusReport;
import org.continuumcare.report.pack.PackFormat;
import org.continuumcare.report.pack.PackRenderer;
import org.continuumcare.report.retention.RetentionReport;
import org.continuumcare.reports.ReportDocuments;
import org.continuumcare.reports.ReportFormat;

/**
 * Renders the monthly pack's reports with the JasperReports templates of the reports module; found
 * by {@code ReportPacks} through CDI, so the ejb module stays free of the rendering library.
 */
@ApplicationScoped
public class JasperPackRenderer implements PackRenderer {

  @Inject ReportDocuments documents;

  @Override
  public byte[] retention(RetentionReport report, PackFormat format) {
    return documents.retention(report, formatOf(format), Documents.PRINT_LOCALE);
  }

  @Override
  public byte[] matStatus(MatStatusReport report, PackFormat format) {
    return documents.matStatus(report, formatOf(format), Documents.PRINT_LOCALE);
  }

  @Override
  public byte[] census(CensusReport report, PackFormat format) {
    return documents.census(report, formatOf(format), Documents.PRINT_LOCALE);
  }

  static ReportFormat formatOf(PackFormat format) {
    return ReportFormat.valueOf(format.name());
  }
}
