package io.skillspassport.roles.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The structured part of a role content file (slug, title, threshold, weights, presets); the
 * narrative sections of the same file are read as {@link
 * io.skillspassport.roles.boundary.RoleSections}.
 */
public record RoleDocument(
    String slug,
    String title,
    Integer readinessThreshold,
    List<Weight> weights,
    List<Preset> presets) {

  /** A published weight as written in the file. */
  public record Weight(String family, BigDecimal relevance, String rationale) {}

  /** A weight preset as written in the file. */
  public record Preset(
      String key, String name, String description, Map<String, BigDecimal> weights) {}
}
