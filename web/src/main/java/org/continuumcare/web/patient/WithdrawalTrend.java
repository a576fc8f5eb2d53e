package org.continuumcare.web.patient;

import jakarta.faces.context.FacesContext;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import org.continuumcare.scores.Instrument;

/**
 * The chart.js configuration (PrimeFaces {@code p:chart}) of withdrawal totals over time: one line
 * per scale, oldest first, on a shared time axis (a scale without a score at a time has a gap).
 */
final class WithdrawalTrend {
  private WithdrawalTrend() {}

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
  private static final String[] COLOURS = {"#b54708", "#2f6f8f"};

  static String of(List<ScoreRow> latestFirst, FacesContext faces) {
    ResourceBundle i18n = faces.getApplication().getResourceBundle(faces, "i18n");
    List<ScoreRow> rows = new ArrayList<>(latestFirst);
    Collections.reverse(rows);
    JsonArrayBuilder labels = Json.createArrayBuilder();
    rows.forEach(r -> labels.add(TIME.format(r.getTakenAt())));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    int colour = 0;
    for (Instrument instrument : Instrument.of(true)) {
      if (rows.stream().noneMatch(r -> r.getInstrument() == instrument)) {
        continue;
      }
      JsonArrayBuilder totals = Json.createArrayBuilder();
      for (ScoreRow r : rows) {
        if (r.getInstrument() == instrument) {
          totals.add(r.getTotal());
        } else {
          totals.addNull();
        }
      }
      String c = COLOURS[colour++ % COLOURS.length];
      datasets.add(
          Json.createObjectBuilder()
              .add("label", instrument.label())
              .add("data", totals)
              .add("spanGaps", true)
              .add("borderColor", c)
              .add("backgroundColor", c)
              .add("tension", 0.2));
    }
    return Json.createObjectBuilder()
        .add("type", "line")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", axis(i18n.getString("withdrawal.total")).add("min", 0))
                        .add("x", axis(i18n.getString("withdrawal.takenAt")))))
        .build()
        .toString();
  }

  private static JsonObjectBuilder axis(String title) {
    return Json.createObjectBuilder()
        .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
  }
}
