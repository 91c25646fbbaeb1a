package io.skillspassport.scoring.linking;

import io.skillspassport.scoring.irt.Item;
import io.skillspassport.scoring.irt.Quadrature;

/**
 * Estimates the linking constants {@code θ_base = A·θ_new + B} from common items (Kolen &amp;
 * Brennan 2014, ch. 6).
 *
 * <h2>Moment methods</h2>
 *
 * <ul>
 *   <li>mean/mean (Loyd &amp; Hoover 1980): {@code A = mean(a_new)/mean(a_base)}, {@code B =
 *       mean(b_base) − A·mean(b_new)}
 *   <li>mean/sigma (Marco 1977): {@code A = sd(b_base)/sd(b_new)}, same B
 * </ul>
 *
 * Graded items: every threshold of every common item is one b value (an item with K thresholds
 * contributes K values to the means and SDs, in the same positions on both sides), and each item
 * contributes its one a once. SDs divide by the count (the ratio does not depend on that choice).
 *
 * <h2>Characteristic-curve methods</h2>
 *
 * With {@code θ' = (θ − B)/A}, the new-scale item carried to the base scale has category
 * probabilities {@code P*_ij(θ) = P_ij^new(θ')} (so any item type whose parameters move with the
 * scale, including a 3PL item with its c unchanged, is handled through {@link Item#probability}
 * alone). Over a grid {@code θ_q} on the base scale with weights {@code W_q} (default {@link
 * #DEFAULT_GRID}: 41 equally spaced points on [−4, 4] with N(0,1) weights summing to 1, as in Kim
 * &amp; Kolen's comparisons):
 *
 * <ul>
 *   <li>Haebara: {@code H(A,B) = Σ_q W_q Σ_i Σ_j (P_ij^base(θ_q) − P*_ij(θ_q))²} over every
 *       category j of every common item (for a right/wrong item both categories are summed, which
 *       is twice Haebara's original term and has the same minimiser)
 *   <li>Stocking–Lord: {@code SL(A,B) = Σ_q W_q (Σ_i E_i^base(θ_q) − Σ_i E*_i(θ_q))²}, with {@code
 *       E} the expected item score (the response value's expectation)
 * </ul>
 *
 * Both criteria are sums of squared residuals; they are minimised by Gauss–Newton with a
 * backtracking line search (each step halved until the criterion decreases and A stays positive),
 * started from the mean/sigma solution (or A = 1, B = 0 when it is undefined). The Jacobian uses
 * {@code ∂θ'/∂A = −θ'/A}, {@code ∂θ'/∂B = −1/A} and a central difference (step 1e-5) for {@code
 * ∂P/∂θ}, whose error (≈1e-10) only slows the last iterations, it does not move the minimum.
 * Iteration stops when a step changes A and B by less than 1e-12 relative, or after 200 steps; the
 * exact case (a bank transformed by known A, B) is recovered to better than 1e-9.
 *
 * <p>References: Haebara, T. (1980), Equating logistic ability scales by a weighted least squares
 * method, <i>Japanese Psychological Research</i> 22; Stocking, M. L. &amp; Lord, F. M. (1983),
 * Developing a common metric in item response theory, <i>Applied Psychological Measurement</i> 7;
 * Kim, S. &amp; Kolen, M. J. (2007), Effects on scale linking of different definitions of criterion
 * functions for the IRT characteristic curve methods, <i>JEBS</i> 32.
 */
public final class Linking {

  /** The default criterion grid: 41 points on [−4, 4], N(0,1) weights. */
  public static final Quadrature DEFAULT_GRID = Quadrature.grid(-4, 4, 41);

  private static final double H = 1e-5;
  private static final int MAX_ITERATIONS = 200;

  private Linking() {}

  /**
   * Links with the default grid for the characteristic-curve methods.
   *
   * @param method the method
   * @param common the common items
   * @return A and B
   */
  public static LinkingConstants link(LinkingMethod method, CommonItems common) {
    return link(method, common, DEFAULT_GRID);
  }

  /**
   * Links with a given criterion grid (ignored by the moment methods).
   *
   * @param method the method
   * @param common the common items
   * @param grid base-scale points and weights of the Haebara / Stocking–Lord criterion
   * @return A and B
   * @throws IllegalArgumentException if the moments are degenerate (e.g. all b equal for
   *     mean/sigma) or the minimisation does not converge
   */
  public static LinkingConstants link(LinkingMethod method, CommonItems common, Quadrature grid) {
    return switch (method) {
      case MEAN_MEAN -> meanMean(common);
      case MEAN_SIGMA -> meanSigma(common);
      case HAEBARA -> minimise(new Criterion(common, grid, false));
      case STOCKING_LORD -> minimise(new Criterion(common, grid, true));
    };
  }

  /**
   * Mean/mean constants.
   *
   * @param common the common items
   * @return A and B
   */
  public static LinkingConstants meanMean(CommonItems common) {
    double aNew = 0;
    double aBase = 0;
    for (int i = 0; i < common.size(); i++) {
      aNew += common.newItems().get(i).discrimination();
      aBase += common.baseItems().get(i).discrimination();
    }
    double a = aNew / aBase;
    return new LinkingConstants(a, intercept(common, a));
  }

  /**
   * Mean/sigma constants.
   *
   * @param common the common items
   * @return A and B
   * @throws IllegalArgumentException if the new thresholds have no spread
   */
  public static LinkingConstants meanSigma(CommonItems common) {
    double[] m = thresholdMoments(common);
    if (!(m[2] > 0) || !(m[3] > 0)) {
      throw new IllegalArgumentException(
          "mean/sigma needs thresholds that differ, but their SD is "
              + Math.sqrt(m[2])
              + " (new) and "
              + Math.sqrt(m[3])
              + " (base)");
    }
    double a = Math.sqrt(m[3] / m[2]);
    return new LinkingConstants(a, m[1] - a * m[0]);
  }

  /**
   * The Haebara or Stocking–Lord criterion at given constants (for checks and plots).
   *
   * @param method {@link LinkingMethod#HAEBARA} or {@link LinkingMethod#STOCKING_LORD}
   * @param common the common items
   * @param grid the criterion grid
   * @param constants A and B
   * @return the criterion value
   */
  public static double criterion(
      LinkingMethod method, CommonItems common, Quadrature grid, LinkingConstants constants) {
    if (method != LinkingMethod.HAEBARA && method != LinkingMethod.STOCKING_LORD) {
      throw new IllegalArgumentException(method + " has no criterion function");
    }
    Criterion c = new Criterion(common, grid, method == LinkingMethod.STOCKING_LORD);
    double[] r = c.residuals(constants.a(), constants.b(), null);
    return sumOfSquares(r);
  }

  private static double intercept(CommonItems common, double a) {
    double[] m = thresholdMoments(common);
    return m[1] - a * m[0];
  }

  /** {mean b_new, mean b_base, var b_new, var b_base} over all thresholds. */
  private static double[] thresholdMoments(CommonItems common) {
    double sumNew = 0;
    double sumBase = 0;
    int n = 0;
    for (int i = 0; i < common.size(); i++) {
      Item x = common.newItems().get(i);
      Item y = common.baseItems().get(i);
      for (int k = 0; k < x.thresholdCount(); k++) {
        sumNew += x.threshold(k);
        sumBase += y.threshold(k);
        n++;
      }
    }
    double meanNew = sumNew / n;
    double meanBase = sumBase / n;
    double varNew = 0;
    double varBase = 0;
    for (int i = 0; i < common.size(); i++) {
      Item x = common.newItems().get(i);
      Item y = common.baseItems().get(i);
      for (int k = 0; k < x.thresholdCount(); k++) {
        varNew += (x.threshold(k) - meanNew) * (x.threshold(k) - meanNew);
        varBase += (y.threshold(k) - meanBase) * (y.threshold(k) - meanBase);
      }
    }
    return new double[] {meanNew, meanBase, varNew / n, varBase / n};
  }

  private static LinkingConstants minimise(Criterion criterion) {
    double a;
    double b;
    try {
      LinkingConstants start = meanSigma(criterion.common);
      a = start.a();
      b = start.b();
    } catch (IllegalArgumentException e) {
      a = 1;
      b = 0;
    }
    double[][] jacobian = new double[2][];
    double[] r = criterion.residuals(a, b, jacobian);
    double f = sumOfSquares(r);
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      // Normal equations (JᵀJ) δ = −Jᵀr of the 2×2 Gauss–Newton step.
      double jaa = 0;
      double jab = 0;
      double jbb = 0;
      double ga = 0;
      double gb = 0;
      for (int k = 0; k < r.length; k++) {
        jaa += jacobian[0][k] * jacobian[0][k];
        jab += jacobian[0][k] * jacobian[1][k];
        jbb += jacobian[1][k] * jacobian[1][k];
        ga += jacobian[0][k] * r[k];
        gb += jacobian[1][k] * r[k];
      }
      double det = jaa * jbb - jab * jab;
      if (!(det > 0)) {
        throw new IllegalArgumentException(
            "the linking criterion is flat in A and B (singular Gauss-Newton matrix): the common"
                + " items do not determine the scale");
      }
      double da = -(jbb * ga - jab * gb) / det;
      double db = -(jaa * gb - jab * ga) / det;
      double step = 1;
      double[][] nextJacobian = new double[2][];
      double[] nextR = null;
      double nextF = Double.POSITIVE_INFINITY;
      for (int halving = 0; halving < 60; halving++) {
        double na = a + step * da;
        if (na > 0) {
          nextR = criterion.residuals(na, b + step * db, nextJacobian);
          nextF = sumOfSquares(nextR);
          if (nextF <= f) {
            break;
          }
        }
        step /= 2;
      }
      if (!(nextF <= f)) {
        // No decrease along the Gauss-Newton direction: at the minimum to working precision.
        return new LinkingConstants(a, b);
      }
      double changeA = step * da;
      double changeB = step * db;
      a += changeA;
      b += changeB;
      r = nextR;
      jacobian = nextJacobian;
      f = nextF;
      if (Math.abs(changeA) <= 1e-12 * (1 + Math.abs(a))
          && Math.abs(changeB) <= 1e-12 * (1 + Math.abs(b))) {
        return new LinkingConstants(a, b);
      }
    }
    throw new IllegalArgumentException(
        "the linking criterion did not converge in " + MAX_ITERATIONS + " Gauss-Newton steps");
  }

  private static double sumOfSquares(double[] r) {
    double s = 0;
    for (double x : r) {
      s += x * x;
    }
    return s;
  }

  /** Residuals √W_q·(base − transformed new) and their derivatives in A and B. */
  private static final class Criterion {

    private final CommonItems common;
    private final Quadrature grid;
    private final boolean testCurve;
    private final double[][] base;
    private final int size;

    Criterion(CommonItems common, Quadrature grid, boolean testCurve) {
      this.common = common;
      this.grid = grid;
      this.testCurve = testCurve;
      int perNode = 0;
      if (testCurve) {
        perNode = 1;
      } else {
        for (Item item : common.baseItems()) {
          perNode += item.categoryCount();
        }
      }
      this.size = perNode * grid.size();
      this.base = new double[grid.size()][perNode];
      for (int q = 0; q < grid.size(); q++) {
        double theta = grid.node(q);
        int k = 0;
        for (Item item : common.baseItems()) {
          if (testCurve) {
            base[q][0] += item.expectedScore(theta);
          } else {
            for (int j = 0; j < item.categoryCount(); j++) {
              base[q][k++] = item.probability(item.lowestResponse() + j, theta);
            }
          }
        }
      }
    }

    /** Residuals at (A, B); fills {@code jacobian[0]} (∂/∂A) and {@code [1]} (∂/∂B) if given. */
    double[] residuals(double a, double b, double[][] jacobian) {
      double[] r = new double[size];
      if (jacobian != null) {
        jacobian[0] = new double[size];
        jacobian[1] = new double[size];
      }
      int perNode = size / grid.size();
      for (int q = 0; q < grid.size(); q++) {
        double root = Math.sqrt(grid.weight(q));
        double t = (grid.node(q) - b) / a;
        int k = q * perNode;
        if (testCurve) {
          double e = 0;
          double slope = 0;
          for (Item item : common.newItems()) {
            e += item.expectedScore(t);
            if (jacobian != null) {
              slope += (item.expectedScore(t + H) - item.expectedScore(t - H)) / (2 * H);
            }
          }
          r[k] = root * (base[q][0] - e);
          if (jacobian != null) {
            jacobian[0][k] = root * slope * t / a;
            jacobian[1][k] = root * slope / a;
          }
        } else {
          int c = 0;
          for (Item item : common.newItems()) {
            for (int j = 0; j < item.categoryCount(); j++) {
              int response = item.lowestResponse() + j;
              r[k] = root * (base[q][c++] - item.probability(response, t));
              if (jacobian != null) {
                double slope =
                    (item.probability(response, t + H) - item.probability(response, t - H))
                        / (2 * H);
                jacobian[0][k] = root * slope * t / a;
                jacobian[1][k] = root * slope / a;
              }
              k++;
            }
          }
        }
      }
      return r;
    }
  }
}
