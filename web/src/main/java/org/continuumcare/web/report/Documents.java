package org.continuumcare.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Locale;
import org.continuumcare.reports.ReportDocuments;

/**
 * The one {@link ReportDocuments} of the application (it caches the compiled templates), and the
 * locale reports are printed in: the texts of the reports module are in English, and figures are
 * formatted the same way for every reader so that printed packs compare month to month.
 */
@ApplicationScoped
public class Documents {

  /** The locale of printed reports. */
  public static final Locale PRINT_LOCALE = Locale.US;

  @Produces private final ReportDocuments documents = new ReportDocuments();

  /** The renderer, for beans that keep this (serializable) proxy rather than the renderer. */
  public ReportDocuments get() {
    return documents;
  }
}
