package org.continuumcare.web.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A month as {@code YYYY-MM}, for selects of months (the monthly report pack). */
@FacesConverter(forClass = YearMonth.class)
public class YearMonthConverter implements Converter<YearMonth> {

  @Override
  public YearMonth getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return YearMonth.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new ConverterException(e.getMessage(), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, YearMonth value) {
    return value == null ? "" : value.toString();
  }
}
