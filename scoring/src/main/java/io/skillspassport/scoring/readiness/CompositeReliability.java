package io.skillspassport.scoring.readiness;

import io.skillspassport.scoring.math.Arguments;

/**
 * Reliability of a weighted composite by Mosier's formula.
 *
 * <p>With weights {@code w_i}, family standard deviations {@code σ_i}, reliabilities {@code ρ_i}
 * and intercorrelations {@code r_ij}: {@code σ_C² = Σ_i Σ_j w_i w_j σ_i σ_j r_ij}, {@code ρ_C = 1 −
 * Σ_i w_i² σ_i² (1 − ρ_i) / σ_C²} and {@code SEM_C = σ_C √(1 − ρ_C)}. The reliability does not
 * depend on the scale of the weights (raw or normalised give the same ρ_C).
 *
 * <p>Edge cases, rejected naming the value: arrays of different lengths, negative or all-zero
 * weights, non-positive SDs, reliabilities outside [0, 1], a correlation matrix that is not square,
 * not symmetric, has a diagonal other than 1 or entries outside [−1, 1], and a composite variance ≤
 * 0.
 *
 * <p>Reference: Mosier, C. I. (1943), On the reliability of a weighted composite,
 * <i>Psychometrika</i> 8, 161–168. Reference values: {@code composite_mosier_reliability.tsv}.
 *
 * @param reliability {@code ρ_C}
 * @param compositeSd {@code σ_C}
 * @param compositeSem {@code σ_C √(1 − ρ_C)}
 */
public record CompositeReliability(double reliability, double compositeSd, double compositeSem) {

  /**
   * Mosier's composite reliability.
   *
   * @param weights {@code w_i >= 0}, not all zero
   * @param sds {@code σ_i > 0}
   * @param reliabilities {@code ρ_i ∈ [0, 1]}
   * @param correlations symmetric, unit diagonal, entries in [−1, 1]
   * @return reliability, SD and SEM of the composite
   * @throws IllegalArgumentException naming the bad value
   */
  public static CompositeReliability mosier(
      double[] weights, double[] sds, double[] reliabilities, double[][] correlations) {
    if (weights == null || sds == null || reliabilities == null || correlations == null) {
      throw new IllegalArgumentException(
          "weights, SDs, reliabilities and correlations are required");
    }
    int n = weights.length;
    if (n == 0 || sds.length != n || reliabilities.length != n || correlations.length != n) {
      throw new IllegalArgumentException(
          "need one weight, SD, reliability and correlation row per family but got "
              + n
              + " weights, "
              + sds.length
              + " SDs, "
              + reliabilities.length
              + " reliabilities and "
              + correlations.length
              + " correlation rows");
    }
    double weightSum = 0;
    for (int i = 0; i < n; i++) {
      weightSum += Arguments.nonNegative(weights[i], "weight " + (i + 1));
      Arguments.positive(sds[i], "SD " + (i + 1));
      Arguments.inRange(reliabilities[i], 0, 1, "reliability " + (i + 1));
      if (correlations[i] == null || correlations[i].length != n) {
        throw new IllegalArgumentException(
            "correlation row " + (i + 1) + " must have " + n + " entries");
      }
    }
    if (!(weightSum > 0)) {
      throw new IllegalArgumentException("weights must not all be zero");
    }
    double variance = 0;
    double error = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double r =
            Arguments.inRange(correlations[i][j], -1, 1, "correlation r" + (i + 1) + (j + 1));
        if (i == j && r != 1) {
          throw new IllegalArgumentException(
              "correlation r" + (i + 1) + (j + 1) + " on the diagonal must be 1 but was " + r);
        }
        if (Math.abs(r - correlations[j][i]) > 1e-12) {
          throw new IllegalArgumentException(
              "correlations must be symmetric but r"
                  + (i + 1)
                  + (j + 1)
                  + " = "
                  + r
                  + " and r"
                  + (j + 1)
                  + (i + 1)
                  + " = "
                  + correlations[j][i]);
        }
        variance += weights[i] * weights[j] * sds[i] * sds[j] * r;
      }
      error += weights[i] * weights[i] * sds[i] * sds[i] * (1 - reliabilities[i]);
    }
    if (!(variance > 0)) {
      throw new IllegalArgumentException("composite variance must be > 0 but was " + variance);
    }
    double reliability = 1 - error / variance;
    double sd = Math.sqrt(variance);
    return new CompositeReliability(reliability, sd, sd * Math.sqrt(Math.max(0, 1 - reliability)));
  }
}
