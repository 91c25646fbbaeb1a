package io.skillspassport.roles.entity;

import io.skillspassport.roles.boundary.RoleSections;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Keeps {@link RoleSections} as one JSON document in the {@code sections} column. */
@Converter
public class RoleSectionsConverter implements AttributeConverter<RoleSections, String> {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  public String convertToDatabaseColumn(RoleSections sections) {
    return sections == null ? null : JSON.toJson(sections);
  }

  @Override
  public RoleSections convertToEntityAttribute(String json) {
    return json == null ? null : JSON.fromJson(json, RoleSections.class);
  }
}
