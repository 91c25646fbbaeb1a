package io.skillspassport.scoring.agreement;

/**
 * The level of measurement of the ratings, which fixes Krippendorff's difference function δ²(c,k)
 * between two values c and k.
 */
public enum Metric {
  /** δ² = 0 if c = k, else 1: categories without order. */
  NOMINAL,
  /**
   * δ² = (Σ_{g=c..k} n_g − (n_c + n_k)/2)², summed over the values g between c and k in the
   * coincidence matrix's marginals: ranks, without equal spacing.
   */
  ORDINAL,
  /** δ² = (c − k)²: equally spaced values. */
  INTERVAL,
  /** δ² = ((c − k)/(c + k))²: values with an absolute zero; needs values ≥ 0. */
  RATIO
}
