package org.continuumcare.web.report;

import jakarta.faces.context.FacesContext;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.ResourceBundle;
import org.continuumcare.report.retention.RetentionCohort;
import org.continuumcare.report.retention.RetentionReport;

/**
 * The chart.js configuration (PrimeFaces {@code p:chart}) of the R90 rate by cohort, in percent; a
 * cohort without eligible courses has no bar.
 */
final class RetentionChart {
  private RetentionChart() {}

  static String of(RetentionReport report, FacesContext faces) {
    ResourceBundle i18n = faces.getApplication().getResourceBundle(faces, "i18n");
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder rates = Json.createArrayBuilder();
    for (RetentionCohort c : report.getCohorts()) {
      labels.add(c.getCohort());
      if (c.getRate() == null) {
        rates.addNull();
      } else {
        rates.add(Math.round(c.getRate() * 1000) / 10.0);
      }
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", i18n.getString("reports.r90.rate"))
                                .add("data", rates)
                                .add("backgroundColor", "#2f6f8f"))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("min", 0)
                                .add("max", 100)
                                .add(
                                    "title",
                                    Json.createObjectBuilder()
                                        .add("display", true)
                                        .add("text", i18n.getString("reports.r90.ratePercent"))))
                        .add(
                            "x",
                            Json.createObjectBuilder()
                                .add(
                                    "title",
                                    Json.createObjectBuilder()
                                        .add("display", true)
                                        .add("text", i18n.getString("reports.r90.cohort"))))))
        .build()
        .toString();
  }
}
