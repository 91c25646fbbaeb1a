package io.skillspassport.scoring.linking;

/** How the linking constants A and B are estimated from the common items (see {@link Linking}). */
public enum LinkingMethod {
  /** {@code A = mean(a_new)/mean(a_base)}, {@code B = mean(b_base) − A·mean(b_new)}. */
  MEAN_MEAN,
  /** {@code A = sd(b_base)/sd(b_new)}, {@code B = mean(b_base) − A·mean(b_new)}. */
  MEAN_SIGMA,
  /** Least squares between the item category characteristic curves (Haebara 1980). */
  HAEBARA,
  /** Least squares between the test characteristic curves (Stocking &amp; Lord 1983). */
  STOCKING_LORD
}
