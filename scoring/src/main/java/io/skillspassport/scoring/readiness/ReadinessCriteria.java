package io.skillspassport.scoring.readiness;

import io.skillspassport.scoring.math.Arguments;
import io.skillspassport.scoring.scale.ReportingScale;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a role or bundle asks for: family weights, a readiness threshold {@code T} on the reporting
 * scale, optional per-family minimums (must-haves) and the scale the scores are on.
 *
 * <p>Edge cases, rejected with {@link IllegalArgumentException} naming the value: a threshold or
 * minimum that is not finite or off the scale, a minimum for a family unknown to the weight set.
 *
 * @param weights the family weights
 * @param threshold readiness threshold T, on the scale
 * @param minimums family → minimum reported score (families must belong to {@code weights})
 * @param scale the reporting scale the passport scores are on
 */
public record ReadinessCriteria(
    WeightSet weights, double threshold, Map<String, Integer> minimums, ReportingScale scale) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public ReadinessCriteria {
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(scale, "scale");
    scale.requireOnScale(threshold, "readiness threshold");
    Map<String, Integer> copy = new LinkedHashMap<>();
    if (minimums != null) {
      for (Map.Entry<String, Integer> e : minimums.entrySet()) {
        String family = Arguments.nonBlank(e.getKey(), "family of a minimum");
        if (!weights.contains(family)) {
          throw new IllegalArgumentException(
              "minimum for unknown family '"
                  + family
                  + "'; the weight set has "
                  + weights.families());
        }
        Integer min = e.getValue();
        if (min == null) {
          throw new IllegalArgumentException("minimum of family '" + family + "' is null");
        }
        scale.requireOnScale(min, "minimum of family '" + family + "'");
        copy.put(family, min);
      }
    }
    minimums = Collections.unmodifiableMap(copy);
  }

  /**
   * Criteria without minimums on the standard scale.
   *
   * @param weights the family weights
   * @param threshold readiness threshold on the reporting scale ({@code ReportingScale})
   * @return the criteria
   */
  public static ReadinessCriteria of(WeightSet weights, double threshold) {
    return new ReadinessCriteria(weights, threshold, Map.of(), ReportingScale.standard());
  }

  /**
   * Criteria with minimums on the standard scale.
   *
   * @param weights the family weights
   * @param threshold readiness threshold on the reporting scale ({@code ReportingScale})
   * @param minimums family → minimum score
   * @return the criteria
   */
  public static ReadinessCriteria of(
      WeightSet weights, double threshold, Map<String, Integer> minimums) {
    return new ReadinessCriteria(weights, threshold, minimums, ReportingScale.standard());
  }

  /**
   * The same criteria with other minimums.
   *
   * @param newMinimums family → minimum score
   * @return new criteria
   */
  public ReadinessCriteria withMinimums(Map<String, Integer> newMinimums) {
    return new ReadinessCriteria(weights, threshold, newMinimums, scale);
  }
}
