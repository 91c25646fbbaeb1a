package io.skillspassport.scoring.irt;

import io.skillspassport.scoring.math.Arguments;

/**
 * A right/wrong item under the three-parameter logistic model (multiple-choice items, where a
 * candidate who does not know the answer can still guess it): {@code P(u=1|θ) = c +
 * (1−c)·σ(a(θ−b))} with {@code σ(x) = 1/(1+e^{−x})}, no 1.7 factor. Responses are 0 (wrong) and 1
 * (right).
 *
 * <p>With {@code σ = σ(a(θ−b))}, {@code P' = a(1−c)σ(1−σ)}:
 *
 * <ul>
 *   <li>score of a right answer {@code ∂ log P/∂θ = P'/P}, of a wrong one {@code −P'/Q = −aσ};
 *   <li>Fisher information {@code I = P'²/(PQ) = a²(1−c)σ²(1−σ)/P} (Birnbaum 1968; it peaks above
 *       b, at {@code θ = b + log((1+√(1+8c))/2)/a});
 *   <li>Warm's {@code J = P'P''/(PQ) = I·a(1−2σ)}.
 * </ul>
 *
 * <p>Unlike the 2PL and graded models the 3PL log-likelihood of a pattern is not concave in θ: it
 * can have several local maxima, and for a pattern with few right answers it can rise towards θ →
 * −∞ (where it tends to {@code Π c} over the right answers). The estimators in {@link
 * ThetaEstimators} deal with both.
 *
 * <p>Edge cases: {@code a} finite and {@code > 0}, {@code b} finite, {@code 0 ≤ c < 1}. With {@code
 * c = 0} the item behaves exactly like the {@link TwoPlItem} with the same a and b; {@link
 * #of(String, double, double, double)} still returns a {@code ThreePlItem}, so callers that want
 * the 2PL type for {@code c = 0} choose it themselves.
 *
 * <p>Reference: Birnbaum, A. (1968) in Lord &amp; Novick, <i>Statistical Theories of Mental Test
 * Scores</i>, ch. 17–20; Baker, F. B. &amp; Kim, S.-H. (2004), <i>Item Response Theory: Parameter
 * Estimation Techniques</i>, 2nd ed., ch. 2.
 */
public final class ThreePlItem implements Item {

  private final String id;
  private final double a;
  private final double b;
  private final double c;

  private ThreePlItem(String id, double a, double b, double c) {
    this.id = Arguments.nonBlank(id, "item id");
    this.a = Arguments.positive(a, "discrimination a of item '" + id + "'");
    this.b = Arguments.finite(b, "difficulty b of item '" + id + "'");
    Arguments.finite(c, "guessing c of item '" + id + "'");
    if (c < 0 || c >= 1) {
      throw new IllegalArgumentException(
          "guessing c of item '" + id + "' must be within [0, 1) but was " + c);
    }
    this.c = c;
  }

  /**
   * A 3PL item.
   *
   * @param id item identifier
   * @param a discrimination, finite and {@code > 0}
   * @param b difficulty, finite
   * @param c lower asymptote (pseudo-guessing), {@code 0 ≤ c < 1}
   * @return the item
   * @throws IllegalArgumentException naming the value if a parameter is invalid
   */
  public static ThreePlItem of(String id, double a, double b, double c) {
    return new ThreePlItem(id, a, b, c);
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
   * The difficulty {@code b} (the θ where {@code P = (1+c)/2}).
   *
   * @return b
   */
  public double difficulty() {
    return b;
  }

  /**
   * The lower asymptote {@code c}: the probability of a right answer as θ → −∞.
   *
   * @return c within [0, 1)
   */
  public double guessing() {
    return c;
  }

  @Override
  public int thresholdCount() {
    return 1;
  }

  @Override
  public double threshold(int k) {
    if (k != 0) {
      throw new IllegalArgumentException("threshold index must be 0 for a 3PL item but was " + k);
    }
    return b;
  }

  @Override
  public int lowestResponse() {
    return 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ThreePlItem other
        && id.equals(other.id)
        && Double.compare(a, other.a) == 0
        && Double.compare(b, other.b) == 0
        && Double.compare(c, other.c) == 0;
  }

  @Override
  public int hashCode() {
    return ((id.hashCode() * 31 + Double.hashCode(a)) * 31 + Double.hashCode(b)) * 31
        + Double.hashCode(c);
  }

  @Override
  public String toString() {
    return "ThreePlItem[" + id + ", a=" + a + ", b=" + b + ", c=" + c + "]";
  }
}
