package io.skillspassport.scoring.agreement;

import java.util.Objects;

/**
 * Krippendorff's α for one metric, or the statement that it is undefined, with what it rests on.
 *
 * @param metric the difference function used
 * @param value α, or {@link Double#NaN} when undefined (see {@link #isDefined()})
 * @param pairableUnits units with at least two ratings (the only ones that count)
 * @param pairableValues n, the number of ratings in those units
 * @param undefinedBecause why α is undefined; empty when it is defined
 */
public record Alpha(
    Metric metric, double value, int pairableUnits, int pairableValues, String undefinedBecause) {

  /** Validates the components. */
  public Alpha {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(undefinedBecause, "undefinedBecause");
    if (Double.isNaN(value) == undefinedBecause.isEmpty()) {
      throw new IllegalArgumentException("an undefined alpha needs a reason, a defined one none");
    }
  }

  /**
   * Whether α has a value.
   *
   * @return false when there is no pairable value or no expected disagreement
   */
  public boolean isDefined() {
    return !Double.isNaN(value);
  }

  /**
   * The value of a defined α.
   *
   * @return α
   * @throws IllegalStateException if undefined
   */
  public double requireValue() {
    if (!isDefined()) {
      throw new IllegalStateException("alpha (" + metric + ") is undefined: " + undefinedBecause);
    }
    return value;
  }
}
