package io.skillspassport.scoring.irt;

/**
 * The graded-response arithmetic shared by both item types (category index {@code j = 0..K}).
 *
 * <p>With {@code x_k = a(θ − b_k)}, {@code P*_k = σ(x_k)}, {@code Q*_k = 1 − P*_k}, {@code w_k =
 * P*_k Q*_k} (and {@code P*_0 = 1, P*_{K+1} = 0, w_0 = w_{K+1} = 0}):
 *
 * <ul>
 *   <li>score of category j: {@code s_j = ∂ log P_j/∂θ = a (Q*_j − P*_{j+1})}
 *   <li>curvature: {@code h_j = ∂² log P_j/∂θ² = −a² (w_j + w_{j+1}) < 0} (the log-likelihood is
 *       concave, so MLE and MAP have at most one root)
 *   <li>Fisher information {@code I = Σ_j P_j s_j² = −Σ_j P_j h_j}
 *   <li>Warm's {@code J = Σ_j P'_j P''_j / P_j = Σ_j P_j s_j (s_j² + h_j)}; for 2PL {@code
 *       a³PQ(1−2P)}
 * </ul>
 *
 * <p>{@link ThreePlItem}s have their own formulas (see its Javadoc), since {@code c + (1−c)σ} is
 * not a difference of boundary curves.
 */
final class ItemMath {

  private ItemMath() {}

  static double theta(double theta) {
    if (!Double.isFinite(theta)) {
      throw new IllegalArgumentException("theta must be a finite number but was " + theta);
    }
    return theta;
  }

  static int category(Item item, int response) {
    if (!item.accepts(response)) {
      throw new IllegalArgumentException(
          "response "
              + response
              + " is outside the categories "
              + item.lowestResponse()
              + ".."
              + item.highestResponse()
              + " of item '"
              + item.id()
              + "'");
    }
    return response - item.lowestResponse();
  }

  /** Logistic σ(x) = 1/(1+e^{−x}), without overflow for large |x|. */
  static double sigmoid(double x) {
    if (x >= 0) {
      return 1 / (1 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1 + e);
  }

  /** log σ(x), accurate in both tails. */
  static double logSigmoid(double x) {
    return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
  }

  /** {@code 1 − e^{−a(b_{k+1} − b_k)}}: the constant factor of middle category k+1. */
  static double gapFactor(Item item, int k) {
    return -Math.expm1(-item.discrimination() * (item.threshold(k) - item.threshold(k - 1)));
  }

  static double probability(Item item, int j, double theta) {
    if (item instanceof ThreePlItem t) {
      double x = t.discrimination() * (theta - t.difficulty());
      double c = t.guessing();
      return j == 1 ? c + (1 - c) * sigmoid(x) : (1 - c) * sigmoid(-x);
    }
    int kCount = item.thresholdCount();
    double a = item.discrimination();
    if (j == 0) {
      return sigmoid(-a * (theta - item.threshold(0)));
    }
    if (j == kCount) {
      return sigmoid(a * (theta - item.threshold(kCount - 1)));
    }
    return sigmoid(a * (theta - item.threshold(j - 1)))
        * sigmoid(-a * (theta - item.threshold(j)))
        * gapFactor(item, j);
  }

  static double logProbability(Item item, int j, double theta) {
    if (item instanceof ThreePlItem t) {
      double x = t.discrimination() * (theta - t.difficulty());
      double c = t.guessing();
      if (j == 0) {
        return Math.log1p(-c) + logSigmoid(-x);
      }
      return c == 0 ? logSigmoid(x) : Math.log(c + (1 - c) * sigmoid(x));
    }
    int kCount = item.thresholdCount();
    double a = item.discrimination();
    if (j == 0) {
      return logSigmoid(-a * (theta - item.threshold(0)));
    }
    if (j == kCount) {
      return logSigmoid(a * (theta - item.threshold(kCount - 1)));
    }
    return logSigmoid(a * (theta - item.threshold(j - 1)))
        + logSigmoid(-a * (theta - item.threshold(j)))
        + Math.log(gapFactor(item, j));
  }

  /**
   * Boundary curves and their complements: {@code [0..K+1]} holds P*_k, {@code [K+2..2K+3]} holds
   * Q*_k = σ(−x_k) (computed directly, so no precision is lost when P*_k is close to 1).
   */
  private static double[] boundaries(Item item, double theta) {
    int kCount = item.thresholdCount();
    double a = item.discrimination();
    double[] pq = new double[2 * (kCount + 2)];
    int q = kCount + 2;
    pq[0] = 1;
    pq[q] = 0;
    for (int k = 1; k <= kCount; k++) {
      double x = a * (theta - item.threshold(k - 1));
      pq[k] = sigmoid(x);
      pq[q + k] = sigmoid(-x);
    }
    pq[kCount + 1] = 0;
    pq[q + kCount + 1] = 1;
    return pq;
  }

  private static double w(double[] pq, int k) {
    int q = pq.length / 2;
    return pq[k] * pq[q + k];
  }

  static double information(Item item, double theta) {
    if (item instanceof ThreePlItem t) {
      return threePl(t, 1, theta)[1];
    }
    int kCount = item.thresholdCount();
    double a = item.discrimination();
    double[] pq = boundaries(item, theta);
    double sum = 0;
    for (int j = 0; j <= kCount; j++) {
      sum += probability(item, j, theta) * (w(pq, j) + w(pq, j + 1));
    }
    return a * a * sum;
  }

  static double expectedScore(Item item, double theta) {
    double sum = 0;
    for (int j = 0; j <= item.thresholdCount(); j++) {
      sum += (item.lowestResponse() + j) * probability(item, j, theta);
    }
    return sum;
  }

  /**
   * Adds this item's contributions at θ to {@code acc}: {@code acc[0] += s_j} for the observed
   * category {@code j}, {@code acc[1] += I}, {@code acc[2] += J}.
   */
  static void accumulate(Item item, int j, double theta, double[] acc) {
    if (item instanceof ThreePlItem t) {
      double[] d = threePl(t, j, theta);
      acc[0] += d[0];
      acc[1] += d[1];
      acc[2] += d[2];
      return;
    }
    int kCount = item.thresholdCount();
    double a = item.discrimination();
    double[] pq = boundaries(item, theta);
    double info = 0;
    double warm = 0;
    for (int c = 0; c <= kCount; c++) {
      double p = probability(item, c, theta);
      double s = score(pq, c, a);
      double h = -a * a * (w(pq, c) + w(pq, c + 1));
      info -= p * h;
      warm += p * s * (s * s + h);
    }
    acc[0] += score(pq, j, a);
    acc[1] += info;
    acc[2] += warm;
  }

  /** s_j = a (Q*_j − P*_{j+1}), with Q*_0 = 0 and P*_{K+1} = 0. */
  private static double score(double[] pq, int j, double a) {
    int q = pq.length / 2;
    return a * (pq[q + j] - pq[j + 1]);
  }

  /**
   * {score of category j, I, J} of a 3PL item: with {@code σ = σ(a(θ−b))}, {@code P = c + (1−c)σ},
   * {@code P' = a(1−c)σ(1−σ)}: score {@code P'/P} (right) or {@code −aσ} (wrong), {@code I =
   * a²(1−c)σ²(1−σ)/P}, {@code J = I·a(1−2σ)}. Written without {@code 1 − P}, so nothing cancels
   * when P is close to 1.
   */
  private static double[] threePl(ThreePlItem t, int j, double theta) {
    double a = t.discrimination();
    double c = t.guessing();
    double x = a * (theta - t.difficulty());
    double s = sigmoid(x);
    double q = sigmoid(-x);
    double p = c + (1 - c) * s;
    double info = a * a * (1 - c) * s * s * q / p;
    double score = j == 1 ? a * (1 - c) * s * q / p : -a * s;
    return new double[] {score, info, info * a * (q - s)};
  }
}
