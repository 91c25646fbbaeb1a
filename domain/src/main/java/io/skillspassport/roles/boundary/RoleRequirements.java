package io.skillspassport.roles.boundary;

import io.skillspassport.scoring.readiness.ReadinessCriteria;
import io.skillspassport.scoring.readiness.WeightSet;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other components read of a published role version — the passport's readiness, the
 * methodology example, an employer's bundle — as values, so that none of them holds a role entity.
 *
 * @param slug the role's stable identifier
 * @param number the version's number within the role
 * @param title the version's title
 * @param readinessThreshold the composite score (reporting scale) a candidate needs
 * @param weights family code → relevance, in the order the version lists them
 * @param presets the version's alternative weightings
 * @param exercises the supplemental exercises the role suggests
 */
public record RoleRequirements(
    String slug,
    int number,
    String title,
    int readinessThreshold,
    Map<String, BigDecimal> weights,
    List<Preset> presets,
    List<Exercise> exercises) {

  public RoleRequirements {
    weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    presets = List.copyOf(presets);
    exercises = List.copyOf(exercises);
  }

  /**
   * The readiness criteria of this version — its relevances normalised to weights and its
   * threshold; roles set no per-family minimums. The one place where a role version's weights
   * become criteria (the passport's readiness, the methodology example and an employer's stability
   * check all read it here).
   */
  public ReadinessCriteria readinessCriteria() {
    return ReadinessCriteria.of(WeightSet.of(weights), readinessThreshold);
  }

  /** The weights of the preset called {@code key}, in the preset's order; empty if none is. */
  public Optional<Map<String, BigDecimal>> presetWeights(String key) {
    return presets.stream().filter(p -> p.key().equals(key)).findFirst().map(Preset::weights);
  }

  /**
   * An alternative weighting of a role.
   *
   * @param weights family code → relevance
   */
  public record Preset(
      String key, String name, String description, Map<String, BigDecimal> weights) {

    public Preset {
      weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }
  }

  /** A supplemental exercise a role suggests (a portfolio review, a work sample, …). */
  public record Exercise(String kind, String title, String description) {}
}
