package org.continuumcare.web.patient;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.continuumcare.scores.BandSetting;
import org.continuumcare.scores.Bands;
import org.continuumcare.scores.Instrument;
import org.continuumcare.scores.ProgramBands;

/**
 * The line that shows the program's CIWA-Ar bands and their source wherever a CIWA-Ar is scored
 * (the chart's withdrawal tab and score dialog, the intake withdrawal step): "CIWA-Ar bands: ≤9
 * minimal, 10–15 mild, 16–20 moderate, &gt;20 severe — source: …".
 */
@Named
@RequestScoped
public class BandLegend {

  @EJB BandSetting bands;

  /** The CIWA-Ar bands in force and their source. */
  public String getCiwaAr() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return ciwaAr(
        bands.current(),
        faces.getApplication().getResourceBundle(faces, "i18n"),
        faces.getViewRoot().getLocale());
  }

  static String ciwaAr(ProgramBands program, ResourceBundle i18n, Locale locale) {
    List<Bands.Range> ranges = program.ciwaAr().ranges(Instrument.CIWA_AR.maxTotal());
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < ranges.size(); i++) {
      Bands.Range r = ranges.get(i);
      String severity = i18n.getString("severity." + r.severity().name()).toLowerCase(locale);
      String key;
      Object[] args;
      if (r.from() == r.to()) {
        key = "score.band.single";
        args = new Object[] {r.from(), severity};
      } else if (ranges.size() > 1 && i == 0) {
        key = "score.band.first";
        args = new Object[] {r.to(), severity};
      } else if (ranges.size() > 1 && i == ranges.size() - 1) {
        key = "score.band.last";
        args = new Object[] {r.from() - 1, severity};
      } else {
        key = "score.band.range";
        args = new Object[] {r.from(), r.to(), severity};
      }
      parts.add(MessageFormat.format(i18n.getString(key), args));
    }
    return MessageFormat.format(
        i18n.getString("score.ciwaArBands"),
        String.join(i18n.getString("score.band.separator"), parts),
        program.ciwaArSource());
  }
}
