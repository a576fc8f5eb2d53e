package org.continuumcare.plan;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a dimension as its number 1–6, as assessment forms and the ASAM criteria number them. */
@Converter(autoApply = true)
public class AsamDimensionConverter implements AttributeConverter<AsamDimension, Integer> {

  @Override
  public Integer convertToDatabaseColumn(AsamDimension dimension) {
    return dimension == null ? null : dimension.number();
  }

  @Override
  public AsamDimension convertToEntityAttribute(Integer number) {
    return number == null ? null : AsamDimension.of(number);
  }
}
