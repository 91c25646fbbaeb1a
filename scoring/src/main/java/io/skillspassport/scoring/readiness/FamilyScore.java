package io.skillspassport.scoring.readiness;

import io.skillspassport.scoring.math.Arguments;

/**
 * One assessment family's entry in a passport: the reported scale score and its SEM.
 *
 * <p>Whether the score lies on the reporting scale (300–850 for the standard scale) is checked when
 * readiness is computed against a {@link io.skillspassport.scoring.scale.ReportingScale}.
 *
 * @param score reported scale score
 * @param sem standard error of measurement on the scale, finite and {@code >= 0}
 */
public record FamilyScore(int score, double sem) {

  /**
   * Validates the SEM.
   *
   * @throws IllegalArgumentException naming the SEM if it is NaN, infinite or negative
   */
  public FamilyScore {
    Arguments.nonNegative(sem, "SEM of score " + score);
  }

  /**
   * A family score.
   *
   * @param score reported scale score
   * @param sem its SEM
   * @return the family score
   */
  public static FamilyScore of(int score, double sem) {
    return new FamilyScore(score, sem);
  }
}
