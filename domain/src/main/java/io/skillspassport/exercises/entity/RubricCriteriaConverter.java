package io.skillspassport.exercises.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Keeps a rubric version's criteria as one JSON document: they are read and written whole and never
 * queried one by one.
 */
@Converter
public class RubricCriteriaConverter implements AttributeConverter<List<RubricCriterion>, String> {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  public String convertToDatabaseColumn(List<RubricCriterion> criteria) {
    return criteria == null ? null : JSON.toJson(criteria.toArray(new RubricCriterion[0]));
  }

  @Override
  public List<RubricCriterion> convertToEntityAttribute(String json) {
    return json == null
        ? new ArrayList<>()
        : List.copyOf(Arrays.asList(JSON.fromJson(json, RubricCriterion[].class)));
  }
}
