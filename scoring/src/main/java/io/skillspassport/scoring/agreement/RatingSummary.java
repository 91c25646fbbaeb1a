package io.skillspassport.scoring.agreement;

import java.util.Arrays;

/**
 * The mean and spread of the ratings several raters gave one unit on one criterion.
 *
 * @param count number of ratings
 * @param mean arithmetic mean, NaN when there is no rating
 * @param standardDeviation sample standard deviation sqrt(Σ(x − x̄)²/(n − 1)), NaN for fewer than
 *     two ratings (one rating says nothing about spread)
 * @param minimum lowest rating, NaN when there is none
 * @param maximum highest rating, NaN when there is none
 */
public record RatingSummary(
    int count, double mean, double standardDeviation, double minimum, double maximum) {

  /**
   * Summarises ratings; NaN entries (not rated) are skipped.
   *
   * @param ratings the ratings
   * @return count, mean, SD, range
   * @throws IllegalArgumentException if a rating is infinite
   */
  public static RatingSummary of(double... ratings) {
    double[] given = Arrays.stream(ratings).filter(v -> !Double.isNaN(v)).toArray();
    for (double v : given) {
      if (Double.isInfinite(v)) {
        throw new IllegalArgumentException("a rating is " + v);
      }
    }
    int n = given.length;
    if (n == 0) {
      return new RatingSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double mean = Arrays.stream(given).sum() / n;
    double sd = Double.NaN;
    if (n >= 2) {
      double ss = 0;
      for (double v : given) {
        ss += (v - mean) * (v - mean);
      }
      sd = Math.sqrt(ss / (n - 1));
    }
    return new RatingSummary(
        n,
        mean,
        sd,
        Arrays.stream(given).min().getAsDouble(),
        Arrays.stream(given).max().getAsDouble());
  }
}
