package io.skillspassport.assessments.boundary;

import java.util.Objects;

/**
 * What a score from an assessment taken in the portal rests on, stored with the result so that
 * everyone who reads the score can see it.
 *
 * @param bankVersion the content version of the item bank
 * @param parameterStatus {@code PROVISIONAL} (expert-set item parameters) or {@code CALIBRATED}
 *     (estimated from responses); provisional if any scored item's parameters were
 * @param itemsAdministered scored items the candidate answered
 * @param unreachedItems scored items counted wrong by the unreached-item rule
 * @param durationSeconds from the start of the attempt to its end
 */
public record Measurement(
    int bankVersion,
    String parameterStatus,
    int itemsAdministered,
    int unreachedItems,
    long durationSeconds) {

  /** Validates. */
  public Measurement {
    Objects.requireNonNull(parameterStatus, "parameterStatus");
    if (itemsAdministered < 0 || unreachedItems < 0 || durationSeconds < 0) {
      throw new IllegalArgumentException("Counts and durations cannot be negative");
    }
  }

  /** Whether the item parameters behind the score are expert-set rather than calibrated. */
  public boolean provisional() {
    return !"CALIBRATED".equals(parameterStatus);
  }
}
