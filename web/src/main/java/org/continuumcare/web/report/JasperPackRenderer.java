package org.continuumcare.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.continuumcare.report.DocumentFormat;
import org.continuumcare.report.census.CensusReport;
import org.continuumcare.report.matstatus.MatStatusReport;
import org.continuumcare.report.pack.PackRenderer;
import org.continuumcare.report.retention.RetentionReport;
import org.continuumcare.reports.ReportDocuments;

/**
 * Renders the monthly pack's reports with the JasperReports templates of the reports module; found
 * by {@code ReportPacks} through CDI, so the ejb module stays free of the rendering library.
 */
@ApplicationScoped
public class JasperPackRenderer implements PackRenderer {

  @Inject ReportDocuments documents;

  @Override
  public byte[] retention(RetentionReport report, DocumentFormat format) {
    return documents.retention(report, format, Documents.PRINT_LOCALE);
  }

  @Override
  public byte[] matStatus(MatStatusReport report, DocumentFormat format) {
    return documents.matStatus(report, format, Documents.PRINT_LOCALE);
  }

  @Override
  public byte[] census(CensusReport report, DocumentFormat format) {
    return documents.census(report, format, Documents.PRINT_LOCALE);
  }
}
