package io.skillspassport.scoring.irt;

import io.skillspassport.scoring.math.Arguments;

/**
 * A right/wrong item under the two-parameter logistic model: {@code P(u=1|θ) = 1/(1+exp(-a(θ-b)))},
 * no 1.7 factor. Responses are 0 (wrong) and 1 (right).
 *
 * <p>Edge cases: {@code a} must be finite and {@code > 0}, {@code b} finite. The slope-intercept
 * form {@code a θ + d} is accepted through {@link #ofIntercept(String, double, double)} with {@code
 * b = −d/a}.
 *
 * <p>Reference: Birnbaum, A. (1968) in Lord &amp; Novick, <i>Statistical Theories of Mental Test
 * Scores</i>, ch. 17–20.
 */
public final class TwoPlItem implements Item {

  private final String id;
  private final double a;
  private final double b;

  private TwoPlItem(String id, double a, double b) {
    this.id = Arguments.nonBlank(id, "item id");
    this.a = Arguments.positive(a, "discrimination a of item '" + id + "'");
    this.b = Arguments.finite(b, "difficulty b of item '" + id + "'");
  }

  /**
   * A 2PL item from discrimination and difficulty.
   *
   * @param id item identifier
   * @param a discrimination, finite and {@code > 0}
   * @param b difficulty, finite
   * @return the item
   * @throws IllegalArgumentException naming the value if a parameter is invalid
   */
  public static TwoPlItem of(String id, double a, double b) {
    return new TwoPlItem(id, a, b);
  }

  /**
   * A 2PL item from the slope-intercept form {@code a θ + d}, i.e. {@code b = −d/a}.
   *
   * @param id item identifier
   * @param a discrimination, finite and {@code > 0}
   * @param d intercept, finite
   * @return the item
   * @throws IllegalArgumentException naming the value if a parameter is invalid
   */
  public static TwoPlItem ofIntercept(String id, double a, double d) {
    Arguments.positive(a, "discrimination a of item '" + id + "'");
    Arguments.finite(d, "intercept d of item '" + id + "'");
    return new TwoPlItem(id, a, -d / a);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public double discrimination() {
    return a;
  }

  /**
   * The difficulty {@code b}.
   *
   * @return b
   */
  public double difficulty() {
    return b;
  }

  @Override
  public int thresholdCount() {
    return 1;
  }

  @Override
  public double threshold(int k) {
    if (k != 0) {
      throw new IllegalArgumentException("threshold index must be 0 for a 2PL item but was " + k);
    }
    return b;
  }

  @Override
  public int lowestResponse() {
    return 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TwoPlItem other
        && id.equals(other.id)
        && Double.compare(a, other.a) == 0
        && Double.compare(b, other.b) == 0;
  }

  @Override
  public int hashCode() {
    return (id.hashCode() * 31 + Double.hashCode(a)) * 31 + Double.hashCode(b);
  }

  @Override
  public String toString() {
    return "TwoPlItem[" + id + ", a=" + a + ", b=" + b + "]";
  }
}
