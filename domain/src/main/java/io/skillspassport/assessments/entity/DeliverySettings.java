package io.skillspassport.assessments.entity;

/**
 * How a family's adaptive test is delivered: it stops once the posterior SD of θ is at most {@code
 * targetSe} after at least {@code minItems} scored items, or at {@code maxItems}; an attempt closes
 * {@code timeLimitMinutes} after it starts.
 *
 * @param minItems minimum number of scored items, at least 1
 * @param maxItems maximum number of scored items, at least {@code minItems}
 * @param targetSe target posterior SD of θ, {@code > 0} (0.30 is an SEM of 22.5 scale points)
 * @param timeLimitMinutes time limit, at least 1
 */
public record DeliverySettings(int minItems, int maxItems, double targetSe, int timeLimitMinutes) {

  /** Validates. */
  public DeliverySettings {
    if (minItems < 1 || maxItems < minItems) {
      throw new IllegalArgumentException(
          "Need 1 <= minimum <= maximum items, were " + minItems + " and " + maxItems);
    }
    if (!(targetSe > 0) || !Double.isFinite(targetSe)) {
      throw new IllegalArgumentException("The target SE must be > 0, was " + targetSe);
    }
    if (timeLimitMinutes < 1) {
      throw new IllegalArgumentException("The time limit must be >= 1 minute");
    }
  }
}
