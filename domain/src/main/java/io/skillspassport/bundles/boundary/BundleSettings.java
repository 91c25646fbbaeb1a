package io.skillspassport.bundles.boundary;

import io.skillspassport.platform.boundary.Conflict;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What an editor edits and saves: the criteria of one bundle version.
 *
 * @param basedOnNumber the bundle version the editor started from (0 for none); a save is refused
 *     with {@link Conflict} when another version was saved since
 * @param roleVersionNumber the role version the weights came from
 */
public record BundleSettings(
    int basedOnNumber,
    int roleVersionNumber,
    int threshold,
    List<FamilySetting> families,
    List<Exercise> exercises)
    implements Serializable {

  public BundleSettings {
    families = List.copyOf(families);
    exercises = List.copyOf(exercises);
  }

  /** One family: whether it counts, its weight (0–1, step 0.05) and an optional minimum. */
  public record FamilySetting(
      String familyCode, String familyName, boolean included, BigDecimal weight, Integer minimum)
      implements Serializable {}

  /** A supplemental exercise. */
  public record Exercise(String kind, String name, String description) implements Serializable {}
}
