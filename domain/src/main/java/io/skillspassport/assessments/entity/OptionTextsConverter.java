package io.skillspassport.assessments.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;

/** Keeps an item's option texts as one JSON array in the {@code options} column. */
@Converter
public class OptionTextsConverter implements AttributeConverter<List<String>, String> {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  public String convertToDatabaseColumn(List<String> options) {
    return options == null ? null : JSON.toJson(options);
  }

  @Override
  public List<String> convertToEntityAttribute(String json) {
    if (json == null) {
      return null;
    }
    String[] texts = JSON.fromJson(json, String[].class);
    return List.copyOf(new ArrayList<>(List.of(texts)));
  }
}
