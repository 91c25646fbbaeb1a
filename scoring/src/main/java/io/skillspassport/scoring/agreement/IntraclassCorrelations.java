package io.skillspassport.scoring.agreement;

/**
 * The six Shrout–Fleiss intraclass correlations of a complete n targets × k raters table, with the
 * ANOVA mean squares they come from: one {@link Icc} (one rater, mean of k raters) per model. A
 * value is {@link Double#NaN} when its denominator is 0 (e.g. every rating is the same).
 *
 * @param meanSquares the ANOVA mean squares
 * @param oneWayRandom ICC(1,1) and ICC(1,k): targets random, each rated by different raters
 * @param twoWayRandom ICC(2,1) and ICC(2,k): targets and raters random, absolute agreement
 * @param twoWayMixed ICC(3,1) and ICC(3,k): raters fixed, consistency
 */
public record IntraclassCorrelations(
    MeanSquares meanSquares, Icc oneWayRandom, Icc twoWayRandom, Icc twoWayMixed) {

  /**
   * The mean squares of the one-way and two-way ANOVA of the table.
   *
   * @param targets n, the number of rated targets (units)
   * @param raters k, the number of raters
   * @param betweenTargets BMS, between-targets mean square
   * @param withinTargets WMS, within-target mean square (one-way model)
   * @param betweenRaters JMS, between-raters (judges) mean square
   * @param residual EMS, residual mean square (two-way model)
   */
  public record MeanSquares(
      int targets,
      int raters,
      double betweenTargets,
      double withinTargets,
      double betweenRaters,
      double residual) {}

  /**
   * One model's coefficient for a single rater and for the mean of the k raters.
   *
   * @param single ICC(m,1)
   * @param average ICC(m,k)
   */
  public record Icc(double single, double average) {}

  /**
   * ICC(1,1).
   *
   * @return one-way random, single rater
   */
  public double icc1() {
    return oneWayRandom.single();
  }

  /**
   * ICC(2,1).
   *
   * @return two-way random, absolute agreement, single rater
   */
  public double icc2() {
    return twoWayRandom.single();
  }

  /**
   * ICC(3,1).
   *
   * @return two-way mixed, consistency, single rater
   */
  public double icc3() {
    return twoWayMixed.single();
  }

  /**
   * ICC(1,k).
   *
   * @return one-way random, mean of k raters
   */
  public double icc1k() {
    return oneWayRandom.average();
  }

  /**
   * ICC(2,k).
   *
   * @return two-way random, absolute agreement, mean of k raters
   */
  public double icc2k() {
    return twoWayRandom.average();
  }

  /**
   * ICC(3,k).
   *
   * @return two-way mixed, consistency, mean of k raters
   */
  public double icc3k() {
    return twoWayMixed.average();
  }

  /**
   * Computes the intraclass correlations of a complete table.
   *
   * <p>With grand mean x̄, target means x̄_i and rater means x̄_j: BMS = k·Σ(x̄_i − x̄)²/(n − 1),
   * WMS = Σ_i Σ_j (x_ij − x̄_i)²/(n(k − 1)), JMS = n·Σ(x̄_j − x̄)²/(k − 1), EMS = (SS_total −
   * SS_targets − SS_raters)/((n − 1)(k − 1)), and
   *
   * <pre>
   *   ICC(1,1) = (BMS − WMS) / (BMS + (k − 1)·WMS)
   *   ICC(2,1) = (BMS − EMS) / (BMS + (k − 1)·EMS + k·(JMS − EMS)/n)
   *   ICC(3,1) = (BMS − EMS) / (BMS + (k − 1)·EMS)
   *   ICC(1,k) = (BMS − WMS) / BMS
   *   ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS)/n)
   *   ICC(3,k) = (BMS − EMS) / BMS
   * </pre>
   *
   * <p>ICC(2,·) and ICC(3,·) are McGraw &amp; Wong's ICC(A,·) and ICC(C,·). The estimates can be
   * negative when raters disagree more than chance would make them. Reference: P. E. Shrout and J.
   * L. Fleiss (1979), "Intraclass correlations: uses in assessing rater reliability", Psychological
   * Bulletin 86(2), 420–428; its Table 2 example (6 targets × 4 judges) is a reference test.
   *
   * @param ratings a complete table
   * @return the mean squares and the six coefficients
   * @throws IllegalArgumentException if a rating is missing or there are fewer than two targets
   */
  public static IntraclassCorrelations of(Ratings ratings) {
    if (!ratings.isComplete()) {
      throw new IllegalArgumentException(
          "intraclass correlations need every rater to rate every unit; "
              + (ratings.units() * ratings.raters() - ratings.ratingCount())
              + " rating(s) are missing");
    }
    int n = ratings.units();
    int k = ratings.raters();
    if (n < 2) {
      throw new IllegalArgumentException(
          "intraclass correlations need at least two units but had " + n);
    }
    double grand = 0;
    double[] targetMeans = new double[n];
    double[] raterMeans = new double[k];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        double x = ratings.rating(i, j);
        targetMeans[i] += x / k;
        raterMeans[j] += x / n;
        grand += x / (n * (double) k);
      }
    }
    double ssTotal = 0;
    double ssWithin = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        double x = ratings.rating(i, j);
        ssTotal += (x - grand) * (x - grand);
        ssWithin += (x - targetMeans[i]) * (x - targetMeans[i]);
      }
    }
    double ssTargets = 0;
    for (double m : targetMeans) {
      ssTargets += k * (m - grand) * (m - grand);
    }
    double ssRaters = 0;
    for (double m : raterMeans) {
      ssRaters += n * (m - grand) * (m - grand);
    }
    double bms = ssTargets / (n - 1);
    double wms = ssWithin / (n * (k - 1.0));
    double jms = ssRaters / (k - 1);
    double ems = Math.max(0, ssTotal - ssTargets - ssRaters) / ((n - 1.0) * (k - 1.0));
    return new IntraclassCorrelations(
        new MeanSquares(n, k, bms, wms, jms, ems),
        new Icc(ratio(bms - wms, bms + (k - 1) * wms), ratio(bms - wms, bms)),
        new Icc(
            ratio(bms - ems, bms + (k - 1) * ems + k * (jms - ems) / n),
            ratio(bms - ems, bms + (jms - ems) / n)),
        new Icc(ratio(bms - ems, bms + (k - 1) * ems), ratio(bms - ems, bms)));
  }

  private static double ratio(double numerator, double denominator) {
    return denominator == 0 ? Double.NaN : numerator / denominator;
  }
}
