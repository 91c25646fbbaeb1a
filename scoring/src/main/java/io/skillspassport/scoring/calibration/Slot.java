package io.skillspassport.scoring.calibration;

import io.skillspassport.scoring.irt.Item;
import java.util.Arrays;
import java.util.Optional;

/**
 * One item inside the estimation, in slope-intercept form. Local parameters are {@code η = (a,
 * d_1..d_K)} for a graded item (a 2PL item is the graded item with K = 1 and responses 0/1) and
 * {@code η = (a, d, γ)} with {@code c = σ(γ)} for a 3PL item. Each local parameter is either a
 * global parameter ({@code index[l] >= 0}, shared when two items point to the same one, as the 1PL
 * slope) or fixed ({@code index[l] < 0}, value {@code fixed[l]}: the Rasch slope, anchors).
 *
 * <p>With {@code x_k = aθ + d_k}, {@code w_k = σ(x_k)σ(−x_k)} ({@code w_0 = w_{K+1} = 0}):
 *
 * <ul>
 *   <li>graded: {@code P_0 = σ(−x_1)}, {@code P_K = σ(x_K)}, middle {@code P_j =
 *       σ(x_j)σ(−x_{j+1})(1 − e^{−(d_j − d_{j+1})})} (no cancellation); {@code ∂P_j/∂a = θ(w_j −
 *       w_{j+1})}, {@code ∂P_j/∂d_j = w_j}, {@code ∂P_j/∂d_{j+1} = −w_{j+1}};
 *   <li>3PL: {@code P_1 = c + (1−c)σ(x)}, {@code P_0 = (1−c)σ(−x)}; {@code ∂P_1/∂a = (1−c)wθ},
 *       {@code ∂P_1/∂d = (1−c)w}, {@code ∂P_1/∂γ = σ(−x)c(1−c)}; {@code ∂P_0 = −∂P_1}.
 * </ul>
 */
final class Slot {

  final String id;
  final boolean guessing;
  final int k;
  final int lowest;
  final boolean anchor;
  final int[] index;
  final double[] fixed;

  /** The bank item of an anchor (empty for an item being estimated). */
  final Optional<Item> bankItem;

  /** Row of category 0 in the per-category tables. */
  int row;

  Slot(
      String id,
      boolean guessing,
      int k,
      int lowest,
      int[] index,
      double[] fixed,
      Optional<Item> bankItem) {
    this.id = id;
    this.guessing = guessing;
    this.k = k;
    this.lowest = lowest;
    this.anchor = bankItem.isPresent();
    this.bankItem = bankItem;
    this.index = index;
    this.fixed = fixed;
  }

  int categories() {
    return k + 1;
  }

  int localCount() {
    return index.length;
  }

  /** The number of parameters estimated for this item alone (S-X² degrees of freedom). */
  int ownParameters(boolean sharedSlope) {
    int n = 0;
    for (int l = 0; l < index.length; l++) {
      if (index[l] >= 0 && !(l == 0 && sharedSlope)) {
        n++;
      }
    }
    return n;
  }

  double[] eta(double[] x) {
    double[] eta = new double[index.length];
    for (int l = 0; l < eta.length; l++) {
      eta[l] = index[l] >= 0 ? x[index[l]] : fixed[l];
    }
    return eta;
  }

  /** Whether η gives every category a positive probability (graded intercepts decreasing). */
  boolean valid(double[] eta) {
    for (double v : eta) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    if (!guessing) {
      for (int j = 2; j <= k; j++) {
        if (!(eta[j - 1] > eta[j])) {
          return false;
        }
      }
    }
    return true;
  }

  /** Category probabilities {@code p[0..K]} and, if {@code dp != null}, {@code ∂p_j/∂η_l}. */
  void evaluate(double[] eta, double theta, double[] p, double[][] dp) {
    double a = eta[0];
    if (guessing) {
      double x = a * theta + eta[1];
      double s = sigmoid(x);
      double q = sigmoid(-x);
      double c = sigmoid(eta[2]);
      p[1] = c + (1 - c) * s;
      p[0] = (1 - c) * q;
      if (dp != null) {
        double w = (1 - c) * s * q;
        dp[1][0] = w * theta;
        dp[1][1] = w;
        dp[1][2] = q * c * (1 - c);
        for (int l = 0; l < 3; l++) {
          dp[0][l] = -dp[1][l];
        }
      }
      return;
    }
    if (k == 1) {
      double x = a * theta + eta[1];
      p[1] = sigmoid(x);
      p[0] = sigmoid(-x);
      if (dp != null) {
        double w = p[0] * p[1];
        dp[1][0] = w * theta;
        dp[1][1] = w;
        dp[0][0] = -dp[1][0];
        dp[0][1] = -w;
      }
      return;
    }
    p[0] = sigmoid(-(a * theta + eta[1]));
    p[k] = sigmoid(a * theta + eta[k]);
    for (int j = 1; j < k; j++) {
      p[j] =
          sigmoid(a * theta + eta[j])
              * sigmoid(-(a * theta + eta[j + 1]))
              * -Math.expm1(-(eta[j] - eta[j + 1]));
    }
    if (dp != null) {
      for (double[] row : dp) {
        Arrays.fill(row, 0);
      }
      double previous = 0;
      for (int j = 0; j <= k; j++) {
        double next = 0;
        if (j < k) {
          double x = a * theta + eta[j + 1];
          next = sigmoid(x) * sigmoid(-x);
        }
        dp[j][0] = theta * (previous - next);
        if (j >= 1) {
          dp[j][j] += previous;
        }
        if (j < k) {
          dp[j][j + 1] -= next;
        }
        previous = next;
      }
    }
  }

  static double sigmoid(double x) {
    if (x >= 0) {
      return 1 / (1 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1 + e);
  }
}
