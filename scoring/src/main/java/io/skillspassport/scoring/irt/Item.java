package io.skillspassport.scoring.irt;

/**
 * An item with ordered response categories under the logistic graded response model; the 2PL item
 * is the special case with one threshold.
 *
 * <p>With discrimination {@code a > 0} and strictly increasing thresholds {@code b_1 < … < b_K},
 * the boundary curves are {@code P*_k(θ) = 1/(1+exp(-a(θ-b_k)))} (no 1.7 factor), with {@code P*_0
 * = 1} and {@code P*_{K+1} = 0}. Category {@code j = 0..K} has probability {@code P_j = P*_j −
 * P*_{j+1}} (Samejima 1969). A {@link TwoPlItem} has {@code K = 1} and responses 0 (wrong) / 1
 * (right); a {@link GradedResponseItem} has responses {@code 1..K+1}. The response value itself is
 * what the item adds to the raw (summed) score. A {@link ThreePlItem} (multiple choice) has one
 * threshold, responses 0/1 and a lower asymptote: {@code P(u=1|θ) = c + (1−c)·P*_1(θ)}.
 *
 * <p>Numerics: middle categories are evaluated as {@code σ(x_j)·σ(−x_{j+1})·(1 −
 * e^{−a(b_{j+1}−b_j)})} instead of a difference of two boundary curves, so no probability suffers
 * cancellation far from the thresholds.
 */
public sealed interface Item permits TwoPlItem, ThreePlItem, GradedResponseItem {

  /**
   * The item identifier.
   *
   * @return a non-blank identifier, unique within a {@link Form}
   */
  String id();

  /**
   * The discrimination (slope) parameter.
   *
   * @return {@code a > 0}
   */
  double discrimination();

  /**
   * The number of thresholds {@code K} (1 for a 2PL item).
   *
   * @return {@code K >= 1}
   */
  int thresholdCount();

  /**
   * The {@code k}-th threshold (difficulty) {@code b_{k+1}}, ascending in {@code k}.
   *
   * @param k index {@code 0..K-1}
   * @return the threshold
   */
  double threshold(int k);

  /**
   * The response value of the lowest category: 0 for 2PL items, 1 for graded response items.
   *
   * @return the lowest response value
   */
  int lowestResponse();

  /**
   * The number of response categories {@code K + 1}.
   *
   * @return the category count
   */
  default int categoryCount() {
    return thresholdCount() + 1;
  }

  /**
   * The response value of the highest category.
   *
   * @return {@code lowestResponse() + K}
   */
  default int highestResponse() {
    return lowestResponse() + thresholdCount();
  }

  /**
   * Whether {@code response} is one of this item's categories.
   *
   * @param response a response value
   * @return true if {@code lowestResponse() <= response <= highestResponse()}
   */
  default boolean accepts(int response) {
    return response >= lowestResponse() && response <= highestResponse();
  }

  /**
   * The probability of {@code response} at ability {@code theta}.
   *
   * @param response a response value of this item
   * @param theta ability (finite)
   * @return {@code P(u = response | θ)}
   * @throws IllegalArgumentException if the response is not a category of this item or θ is not
   *     finite
   */
  default double probability(int response, double theta) {
    return ItemMath.probability(this, ItemMath.category(this, response), ItemMath.theta(theta));
  }

  /**
   * Fisher information {@code I(θ) = a² Σ_k P*_k Q*_k (P_{k-1} + P_k)}; for a 2PL item {@code a² P
   * Q}; for a 3PL item {@code P'²/(PQ)} (see {@link ThreePlItem}).
   *
   * @param theta ability (finite)
   * @return the item information at θ
   */
  default double information(double theta) {
    return ItemMath.information(this, ItemMath.theta(theta));
  }

  /**
   * The expected response value {@code Σ_j (lowestResponse + j) P_j(θ)}, i.e. the item's expected
   * contribution to the raw score.
   *
   * @param theta ability (finite)
   * @return the expected score at θ
   */
  default double expectedScore(double theta) {
    return ItemMath.expectedScore(this, ItemMath.theta(theta));
  }
}
