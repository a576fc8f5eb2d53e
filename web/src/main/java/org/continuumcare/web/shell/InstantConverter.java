package org.continuumcare.web.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Shows an {@link Instant} as local date and time of the server ({@code converter="instant"}). */
@FacesConverter("instant")
public class InstantConverter implements Converter<Instant> {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  @Override
  public Instant getAsObject(FacesContext context, UIComponent component, String value) {
    throw new UnsupportedOperationException("display only");
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Instant value) {
    return value == null ? "" : FORMAT.format(value);
  }
}
