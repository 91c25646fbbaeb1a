package io.skillspassport.assessments.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Keeps a list of texts that may hold nulls (one distractor rationale per option, none at the key)
 * as one JSON array.
 */
@Converter
public class NullableTextsConverter implements AttributeConverter<List<String>, String> {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  public String convertToDatabaseColumn(List<String> texts) {
    return texts == null || texts.isEmpty() ? null : JSON.toJson(texts);
  }

  @Override
  public List<String> convertToEntityAttribute(String json) {
    if (json == null) {
      return List.of();
    }
    return Collections.unmodifiableList(Arrays.asList(JSON.fromJson(json, String[].class)));
  }
}
