package io.skillspassport.scoring.equating;

import java.util.Objects;

/**
 * Random-groups observed-score equating of form X onto form Y (Kolen &amp; Brennan 2014, ch. 2).
 *
 * <ul>
 *   <li>mean: {@code e_Y(x) = x − μ_X + μ_Y}
 *   <li>linear: {@code e_Y(x) = (σ_Y/σ_X)(x − μ_X) + μ_Y}; moments with denominator N by default
 *       (as Kolen &amp; Brennan), N − 1 on request (as R's {@code sd()})
 *   <li>equipercentile: {@code e_Y(x) = P_Y⁻¹(P_X(x))} with the percentile rank and its inverse of
 *       {@link ScoreDistribution} (continuised by the uniform-kernel convention, K&amp;B §2.5)
 * </ul>
 *
 * <p>Edge cases: a score whose percentile rank is 0 (below every observed X score) maps to the
 * lower end of the first Y score with positive frequency; programs differ there (Equating Recipes
 * gives −0.5 for ACT Math x = 0), so tests do not assert it. Reference values: {@code
 * actmath_equating_x_to_y.tsv} (ACT Math, K&amp;B Table 2.5).
 */
public final class Equating {

  private Equating() {}

  /**
   * Mean equating.
   *
   * @param x form X distribution
   * @param y form Y distribution
   * @return {@code x + (μ_Y − μ_X)}
   */
  public static LinearEquating mean(ScoreDistribution x, ScoreDistribution y) {
    check(x, y);
    return new LinearEquating(1, y.mean() - x.mean());
  }

  /**
   * Linear equating with N-denominator moments (Kolen &amp; Brennan).
   *
   * @param x form X distribution
   * @param y form Y distribution
   * @return the linear function
   */
  public static LinearEquating linear(ScoreDistribution x, ScoreDistribution y) {
    return linear(x, y, ScoreDistribution.Denominator.N);
  }

  /**
   * Linear equating with the chosen moment denominator.
   *
   * @param x form X distribution
   * @param y form Y distribution
   * @param denominator N or N − 1 for both standard deviations
   * @return the linear function
   * @throws IllegalArgumentException if form X has zero spread
   */
  public static LinearEquating linear(
      ScoreDistribution x, ScoreDistribution y, ScoreDistribution.Denominator denominator) {
    check(x, y);
    Objects.requireNonNull(denominator, "denominator");
    double sx = x.standardDeviation(denominator);
    if (!(sx > 0)) {
      throw new IllegalArgumentException(
          "linear equating needs form X scores that vary but the SD is " + sx);
    }
    double slope = y.standardDeviation(denominator) / sx;
    return new LinearEquating(slope, y.mean() - slope * x.mean());
  }

  /**
   * Equipercentile equating.
   *
   * @param x form X distribution
   * @param y form Y distribution
   * @return {@code x ↦ P_Y⁻¹(P_X(x))}
   */
  public static EquatingFunction equipercentile(ScoreDistribution x, ScoreDistribution y) {
    check(x, y);
    return score -> y.percentile(x.percentileRank(score));
  }

  private static void check(ScoreDistribution x, ScoreDistribution y) {
    if (x == null || y == null) {
      throw new IllegalArgumentException("both score distributions are required");
    }
  }
}
