package io.skillspassport.roles.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

  /**
   * The role's compensation range as plain numbers, for figures drawn from it; empty when the role
   * states no compensation.
   */
  public Optional<PayRange> payRange() {
    return Optional.ofNullable(sections)
        .map(RoleSections::compensation)
        .map(c -> new PayRange(c.currency(), c.min(), c.median(), c.max()));
  }

  /**
   * Typical total compensation: whole amounts in {@code currency} (ISO 4217).
   *
   * @param min the low end of the range
   * @param median the median
   * @param max the high end of the range
   */
  public record PayRange(String currency, long min, long median, long max) {}

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
