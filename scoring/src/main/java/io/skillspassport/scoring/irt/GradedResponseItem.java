package io.skillspassport.scoring.irt;

import io.skillspassport.scoring.math.Arguments;
import java.util.Arrays;

/**
 * An ordered-category (rubric) item under Samejima's graded response model: {@code P(X ≥ k+1 | θ) =
 * 1/(1+exp(-a(θ-b_k)))} for thresholds {@code b_1 < … < b_K}; responses are the category numbers
 * {@code 1..K+1} (1 = lowest), which is also what the item adds to the raw score.
 *
 * <p>Edge cases: {@code a} finite and {@code > 0}; at least one threshold; thresholds finite and
 * strictly increasing (equal thresholds would give a category of probability zero). The
 * slope-intercept form {@code b_k = −d_k/a} is accepted by {@link #ofIntercepts(String, double,
 * double...)} (intercepts strictly decreasing).
 *
 * <p>Reference: Samejima, F. (1969), Estimation of latent ability using a response pattern of
 * graded scores, <i>Psychometrika Monograph</i> 17.
 */
public final class GradedResponseItem implements Item {

  private final String id;
  private final double a;
  private final double[] thresholds;

  private GradedResponseItem(String id, double a, double[] thresholds) {
    this.id = Arguments.nonBlank(id, "item id");
    this.a = Arguments.positive(a, "discrimination a of item '" + id + "'");
    if (thresholds == null || thresholds.length == 0) {
      throw new IllegalArgumentException("item '" + id + "' needs at least one threshold");
    }
    for (int k = 0; k < thresholds.length; k++) {
      Arguments.finite(thresholds[k], "threshold b" + (k + 1) + " of item '" + id + "'");
      if (k > 0 && !(thresholds[k] > thresholds[k - 1])) {
        throw new IllegalArgumentException(
            "thresholds of item '"
                + id
                + "' must be strictly increasing but b"
                + (k + 1)
                + " = "
                + thresholds[k]
                + " follows b"
                + k
                + " = "
                + thresholds[k - 1]);
      }
    }
    this.thresholds = thresholds;
  }

  /**
   * A graded response item from discrimination and ordered thresholds.
   *
   * @param id item identifier
   * @param a discrimination, finite and {@code > 0}
   * @param thresholds {@code b_1 < … < b_K}, at least one
   * @return the item, with responses {@code 1..K+1}
   * @throws IllegalArgumentException naming the value if a parameter is invalid
   */
  public static GradedResponseItem of(String id, double a, double... thresholds) {
    return new GradedResponseItem(id, a, thresholds == null ? null : thresholds.clone());
  }

  /**
   * A graded response item from the slope-intercept form, {@code b_k = −d_k/a}.
   *
   * @param id item identifier
   * @param a discrimination, finite and {@code > 0}
   * @param intercepts {@code d_1 > … > d_K}
   * @return the item
   * @throws IllegalArgumentException naming the value if a parameter is invalid
   */
  public static GradedResponseItem ofIntercepts(String id, double a, double... intercepts) {
    Arguments.positive(a, "discrimination a of item '" + id + "'");
    if (intercepts == null) {
      return new GradedResponseItem(id, a, null);
    }
    double[] b = new double[intercepts.length];
    for (int k = 0; k < b.length; k++) {
      b[k] =
          -Arguments.finite(intercepts[k], "intercept d" + (k + 1) + " of item '" + id + "'") / a;
    }
    return new GradedResponseItem(id, a, b);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public double discrimination() {
    return a;
  }

  @Override
  public int thresholdCount() {
    return thresholds.length;
  }

  @Override
  public double threshold(int k) {
    if (k < 0 || k >= thresholds.length) {
      throw new IllegalArgumentException(
          "threshold index must be within 0.." + (thresholds.length - 1) + " but was " + k);
    }
    return thresholds[k];
  }

  /**
   * A copy of the thresholds.
   *
   * @return {@code b_1..b_K}
   */
  public double[] thresholds() {
    return thresholds.clone();
  }

  @Override
  public int lowestResponse() {
    return 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GradedResponseItem other
        && id.equals(other.id)
        && Double.compare(a, other.a) == 0
        && Arrays.equals(thresholds, other.thresholds);
  }

  @Override
  public int hashCode() {
    return (id.hashCode() * 31 + Double.hashCode(a)) * 31 + Arrays.hashCode(thresholds);
  }

  @Override
  public String toString() {
    return "GradedResponseItem[" + id + ", a=" + a + ", b=" + Arrays.toString(thresholds) + "]";
  }
}
