package org.continuumcare.scores;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Item answers as stored: digits in item order, comma-separated ({@code "2,1,0,4"}). */
@Converter
class Answers implements AttributeConverter<List<Integer>, String> {

  @Override
  public String convertToDatabaseColumn(List<Integer> answers) {
    return answers == null
        ? null
        : answers.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  @Override
  public List<Integer> convertToEntityAttribute(String stored) {
    return stored == null ? null : Arrays.stream(stored.split(",")).map(Integer::valueOf).toList();
  }
}
