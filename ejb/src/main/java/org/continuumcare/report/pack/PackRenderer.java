package org.continuumcare.report.pack;

import org.continuumcare.report.DocumentFormat;
import org.continuumcare.report.census.CensusReport;
import org.continuumcare.report.matstatus.MatStatusReport;
import org.continuumcare.report.retention.RetentionReport;

/**
 * Renders the reports of a pack into documents. Implemented by the reports module (JasperReports)
 * and found through CDI, so that this module stays free of the rendering library.
 */
public interface PackRenderer {
  byte[] retention(RetentionReport report, DocumentFormat format);

  byte[] matStatus(MatStatusReport report, DocumentFormat format);

  byte[] census(CensusReport report, DocumentFormat format);
}
