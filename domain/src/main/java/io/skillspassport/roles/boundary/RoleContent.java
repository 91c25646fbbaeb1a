package io.skillspassport.roles.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything an admin edits in a role's draft: the title, the readiness threshold, the narrative
 * sections, the weights with their rationale and the weight presets.
 */
public record RoleContent(
    String title,
    int readinessThreshold,
    RoleSections sections,
    List<Weight> weights,
    List<Preset> presets) {

  public RoleContent {
    weights = weights == null ? List.of() : List.copyOf(weights);
    presets = presets == null ? List.of() : List.copyOf(presets);
  }

  /** The relevance of one family with the reason for it; relevance may be null when not given. */
  public record Weight(String familyCode, BigDecimal relevance, String rationale) {}

  /** A named variant of the weights; family code → relevance. */
  public record Preset(
      String key, String name, String description, Map<String, BigDecimal> weights) {

    public Preset {
      weights = weights == null ? Map.of() : Map.copyOf(weights);
    }
  }
}
