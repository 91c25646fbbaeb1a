package io.skillspassport.scoring.agreement;

import java.util.Objects;
import java.util.TreeMap;

/**
 * Krippendorff's α reliability coefficient, computed through the coincidence matrix.
 *
 * <p>Only pairable values count: a unit u with m_u ≥ 2 ratings contributes every ordered pair of
 * its ratings (c, k) from different raters to the coincidence matrix with weight 1/(m_u − 1), so
 * o_ck = Σ_u (number of c–k pairs in u)/(m_u − 1); units with fewer than two ratings drop out. With
 * the marginals n_c = Σ_k o_ck and n = Σ_c n_c,
 *
 * <pre>
 *   α = 1 − D_o / D_e = 1 − (n − 1) · Σ_c Σ_k o_ck δ²(c,k) / Σ_c Σ_k n_c n_k δ²(c,k)
 * </pre>
 *
 * <p>with the difference function δ² of the {@link Metric}. α = 1 is perfect agreement, α = 0 is
 * agreement at chance level, α &lt; 0 is systematic disagreement. Krippendorff suggests relying on
 * data with α ≥ 0.800 and drawing only tentative conclusions for 0.667 ≤ α &lt; 0.800.
 *
 * <p>Edge cases. α is <em>undefined</em> — returned as an {@link Alpha} with value NaN and a
 * reason, never as a number — when no unit has two ratings (n = 0), or when the expected
 * disagreement D_e is 0, i.e. all pairable ratings have the same value, so no disagreement was
 * possible (Krippendorff 2011 notes α is then 0/0). The ratio metric is undefined when a value is
 * negative. Cost: O(U·R² + V²) for U units, R raters and V distinct values.
 *
 * <p>Reference: K. Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg
 * School for Communication, University of Pennsylvania; its worked example with missing values (12
 * units, 4 observers: nominal 0.743, ordinal 0.815, interval 0.849, ratio 0.797) is a reference
 * test.
 */
public final class KrippendorffAlpha {

  private KrippendorffAlpha() {}

  /**
   * α for one metric.
   *
   * @param ratings the ratings, missing allowed
   * @param metric the difference function
   * @return α, or an undefined α with its reason
   */
  public static Alpha of(Ratings ratings, Metric metric) {
    Objects.requireNonNull(ratings, "ratings");
    Objects.requireNonNull(metric, "metric");
    // Distinct pairable values in ascending order.
    TreeMap<Double, Integer> index = new TreeMap<>();
    for (int u = 0; u < ratings.units(); u++) {
      if (ratings.ratingCount(u) < 2) {
        continue;
      }
      for (int r = 0; r < ratings.raters(); r++) {
        if (!ratings.isMissing(u, r)) {
          index.put(ratings.rating(u, r) + 0.0, 0);
        }
      }
    }
    int units = ratings.pairableUnits();
    if (index.isEmpty()) {
      return new Alpha(metric, Double.NaN, 0, 0, "no unit has two ratings");
    }
    double[] values = new double[index.size()];
    int v = 0;
    for (var e : index.entrySet()) {
      values[v] = e.getKey();
      e.setValue(v++);
    }
    double[][] o = coincidences(ratings, index, values.length);
    double[] marginals = new double[values.length];
    double n = 0;
    for (int c = 0; c < values.length; c++) {
      for (int k = 0; k < values.length; k++) {
        marginals[c] += o[c][k];
      }
      n += marginals[c];
    }
    int pairableValues = (int) Math.round(n);
    if (metric == Metric.RATIO && values[0] < 0) {
      return new Alpha(
          metric,
          Double.NaN,
          units,
          pairableValues,
          "the ratio metric needs values >= 0 but " + values[0] + " was rated");
    }
    double observed = 0;
    double expected = 0;
    for (int c = 0; c < values.length; c++) {
      for (int k = 0; k < values.length; k++) {
        double d = delta2(metric, values, marginals, c, k);
        observed += o[c][k] * d;
        expected += marginals[c] * marginals[k] * d;
      }
    }
    if (expected == 0) {
      return new Alpha(
          metric,
          Double.NaN,
          units,
          pairableValues,
          "every pairable rating has the same value, so no disagreement was possible");
    }
    return new Alpha(metric, 1 - (n - 1) * observed / expected, units, pairableValues, "");
  }

  private static double[][] coincidences(
      Ratings ratings, TreeMap<Double, Integer> index, int size) {
    double[][] o = new double[size][size];
    int[] row = new int[ratings.raters()];
    for (int u = 0; u < ratings.units(); u++) {
      int m = 0;
      for (int r = 0; r < ratings.raters(); r++) {
        if (!ratings.isMissing(u, r)) {
          row[m++] = index.get(ratings.rating(u, r) + 0.0);
        }
      }
      if (m < 2) {
        continue;
      }
      double weight = 1.0 / (m - 1);
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < m; j++) {
          if (i != j) {
            o[row[i]][row[j]] += weight;
          }
        }
      }
    }
    return o;
  }

  private static double delta2(Metric metric, double[] values, double[] marginals, int c, int k) {
    if (c == k) {
      return 0;
    }
    return switch (metric) {
      case NOMINAL -> 1;
      case INTERVAL -> (values[c] - values[k]) * (values[c] - values[k]);
      case RATIO -> {
        double sum = values[c] + values[k];
        double ratio = (values[c] - values[k]) / sum;
        yield ratio * ratio;
      }
      case ORDINAL -> {
        int lo = Math.min(c, k);
        int hi = Math.max(c, k);
        double s = 0;
        for (int g = lo; g <= hi; g++) {
          s += marginals[g];
        }
        s -= (marginals[lo] + marginals[hi]) / 2;
        yield s * s;
      }
    };
  }
}
