package io.skillspassport.roles.boundary;

import io.skillspassport.roles.entity.RoleSections;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Everything the public page of one published role version shows.
 *
 * @param weights the published weights in the role's order, each with its normalised share
 * @param adjacentRoles adjacent roles; {@code linkedSlug} is present only when that role is
 *     published
 */
public record RolePage(
    String slug,
    int versionNumber,
    Instant publishedAt,
    String title,
    RoleSections sections,
    int readinessThreshold,
    List<Weight> weights,
    List<Preset> presets,
    List<AdjacentRole> adjacentRoles) {

  /** A published weight with the family's display name and its share of the total weight. */
  public record Weight(
      String familyCode, String familyName, BigDecimal relevance, double share, String rationale) {}

  /** A named weight variant. */
  public record Preset(String key, String name, String description, List<PresetWeight> weights) {}

  /** One family's relevance in a preset. */
  public record PresetWeight(String familyCode, String familyName, BigDecimal relevance) {}

  /** An adjacent role; {@code linkedSlug} is null when the portal has no published page for it. */
  public record AdjacentRole(String title, String difference, String linkedSlug) {

    public boolean linked() {
      return linkedSlug != null;
    }
  }
}
