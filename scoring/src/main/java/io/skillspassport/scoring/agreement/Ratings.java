package io.skillspassport.scoring.agreement;

import java.util.Arrays;

/**
 * A units × raters table of ratings, missing ratings allowed. A unit is what is rated (a candidate
 * in an exercise, a target in Shrout &amp; Fleiss, a unit in Krippendorff); a rater is one
 * interviewer, judge or observer. A missing rating is {@link Double#NaN} in the arrays given to and
 * returned by this class.
 *
 * <p>Immutable: the factory and the accessor copy.
 */
public final class Ratings {

  private final double[][] values;
  private final int raters;

  private Ratings(double[][] values, int raters) {
    this.values = values;
    this.raters = raters;
  }

  /**
   * A table from rows of equal length, one row per unit, one column per rater.
   *
   * @param rows ratings by unit then rater; {@link Double#NaN} marks a missing rating
   * @return the table
   * @throws IllegalArgumentException if there is no unit, fewer than two raters, rows of different
   *     lengths, or an infinite value
   */
  public static Ratings of(double[][] rows) {
    if (rows == null || rows.length == 0) {
      throw new IllegalArgumentException("ratings need at least one unit");
    }
    int raters = rows[0] == null ? 0 : rows[0].length;
    if (raters < 2) {
      throw new IllegalArgumentException("ratings need at least two raters but had " + raters);
    }
    double[][] copy = new double[rows.length][];
    for (int u = 0; u < rows.length; u++) {
      if (rows[u] == null || rows[u].length != raters) {
        throw new IllegalArgumentException(
            "unit "
                + (u + 1)
                + " has "
                + (rows[u] == null ? 0 : rows[u].length)
                + " ratings but unit 1 has "
                + raters);
      }
      for (int r = 0; r < raters; r++) {
        if (Double.isInfinite(rows[u][r])) {
          throw new IllegalArgumentException(
              "rating of unit " + (u + 1) + " by rater " + (r + 1) + " is " + rows[u][r]);
        }
      }
      copy[u] = rows[u].clone();
    }
    return new Ratings(copy, raters);
  }

  /**
   * Number of units (rows).
   *
   * @return units
   */
  public int units() {
    return values.length;
  }

  /**
   * Number of raters (columns).
   *
   * @return raters
   */
  public int raters() {
    return raters;
  }

  /**
   * One rating.
   *
   * @param unit unit index, 0-based
   * @param rater rater index, 0-based
   * @return the rating, or {@link Double#NaN} when missing
   */
  public double rating(int unit, int rater) {
    return values[unit][rater];
  }

  /**
   * Whether one rating is missing.
   *
   * @param unit unit index, 0-based
   * @param rater rater index, 0-based
   * @return true if not rated
   */
  public boolean isMissing(int unit, int rater) {
    return Double.isNaN(values[unit][rater]);
  }

  /**
   * Whether every rater rated every unit (the intraclass correlations need this).
   *
   * @return true if no rating is missing
   */
  public boolean isComplete() {
    return Arrays.stream(values).flatMapToDouble(Arrays::stream).noneMatch(Double::isNaN);
  }

  /**
   * Number of ratings given (not missing).
   *
   * @return count of non-missing cells
   */
  public int ratingCount() {
    return (int)
        Arrays.stream(values).flatMapToDouble(Arrays::stream).filter(v -> !Double.isNaN(v)).count();
  }

  /**
   * Number of ratings of one unit.
   *
   * @param unit unit index, 0-based
   * @return count of non-missing cells in the row
   */
  public int ratingCount(int unit) {
    return (int) Arrays.stream(values[unit]).filter(v -> !Double.isNaN(v)).count();
  }

  /**
   * Number of units rated by at least two raters: the only ones that carry information about
   * agreement.
   *
   * @return pairable units
   */
  public int pairableUnits() {
    int n = 0;
    for (int u = 0; u < values.length; u++) {
      if (ratingCount(u) >= 2) {
        n++;
      }
    }
    return n;
  }
}
