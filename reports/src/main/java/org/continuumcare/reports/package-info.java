/**
 * Outcome reports: {@code .jrxml} templates (compiled at build time) and {@link
 * org.continuumcare.reports.ReportDocuments}, which takes the row objects of the {@code report}
 * queries of the ejb module and writes PDF, XLSX or CSV. Jasper never sees an entity.
 */
package org.continuumcare.reports;
