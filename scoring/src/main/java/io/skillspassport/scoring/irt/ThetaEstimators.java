package io.skillspassport.scoring.irt;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * Ability estimates for one response pattern on a {@link Form}: EAP, MAP, MLE and WLE.
 *
 * <p>With {@code ℓ(θ)} the log-likelihood of the answered items, {@code ℓ'} its derivative, {@code
 * I(θ)} the Fisher (test) information of the answered items and {@code J(θ) = Σ_i Σ_j P'_ij P''_ij
 * / P_ij}:
 *
 * <ul>
 *   <li>{@link #eap}: posterior mean and SD under N(0,1), see {@link EapScorer}.
 *   <li>{@link #map}: root of {@code ℓ'(θ) − θ = 0}; SE {@code = 1/√(I(θ̂) + 1)} (prior information
 *       1). Always defined.
 *   <li>{@link #mle}: root of {@code ℓ'(θ) = 0}; SE {@code = 1/√I(θ̂)}. Undefined (reported, never
 *       replaced by a bound) when every answered item is in its lowest or every one in its highest
 *       category, or nothing was answered.
 *   <li>{@link #wle}: Warm's root of {@code ℓ'(θ) + J(θ)/(2 I(θ)) = 0}, searched in [−10, 10]; SE
 *       {@code = √(1/I + J²/(4 I⁴))} (the variance used by R irtoys). Finite for all-wrong and
 *       all-right patterns; undefined when nothing was answered.
 * </ul>
 *
 * <p>The graded log-likelihood is strictly concave ({@code ∂² log P_j/∂θ² < 0} for every category),
 * so the MLE and MAP roots are unique; all roots are found by Brent's method to an absolute
 * accuracy of 1e-12. MAP's SE uses the expected (Fisher) information, which for 2PL items equals
 * the observed information.
 *
 * <p>With an answered {@link ThreePlItem} the log-likelihood need not be concave and can have
 * several local maxima. MLE and MAP then first evaluate their objective ({@code ℓ}, resp. {@code ℓ
 * − θ²/2}) on a grid of step 0.05 over [−10, 10] (MAP: over its root interval), take the best grid
 * point, and solve the estimating equation within one step of it (Brent's maximiser if the score
 * does not change sign there), so the global maximum is returned, not whichever root a bracket
 * happens to contain. The 3PL MLE is undefined ({@link ThetaEstimate.Reason#NO_ROOT}) when the best
 * grid point is an end of the grid or when the limit of the likelihood as θ → −∞ ({@code Π c} over
 * the right answers) is at least the interior maximum — the likelihood is then largest at −∞, as
 * for a pattern of lucky guesses. WLE keeps its single root search in [−10, 10].
 *
 * <p>References: Warm, T. A. (1989), Weighted likelihood estimation of ability in item response
 * theory, <i>Psychometrika</i> 54, 427–450; Baker, F. B. &amp; Kim, S.-H. (2004), <i>Item Response
 * Theory: Parameter Estimation Techniques</i>, 2nd ed., ch. 7 and 9.
 */
public final class ThetaEstimators {

  private static final double ACCURACY = 1e-12;
  private static final int MAX_EVALUATIONS = 500;
  private static final double WLE_BOUND = 10;
  private static final double MLE_BOUND = 1e3;

  private ThetaEstimators() {}

  /**
   * EAP with the standard quadrature; for many patterns on one form reuse an {@link EapScorer}.
   *
   * @param form the items
   * @param pattern the responses
   * @return the EAP estimate (always defined) with the posterior SD as SE
   * @throws IllegalArgumentException if the pattern does not fit the form
   */
  public static ThetaEstimate eap(Form form, ResponsePattern pattern) {
    return EapScorer.of(form).score(pattern);
  }

  /**
   * Maximum a posteriori (Bayes modal) estimate with the N(0,1) prior.
   *
   * @param form the items
   * @param pattern the responses
   * @return the MAP estimate (always defined), SE {@code 1/√(I(θ̂)+1)}
   * @throws IllegalArgumentException if the pattern does not fit the form
   */
  public static ThetaEstimate map(Form form, ResponsePattern pattern) {
    form.validate(pattern);
    int[] r = pattern.unsafeResponses();
    double bound = 1;
    for (int i = 0; i < r.length; i++) {
      if (r[i] != ResponsePattern.OMITTED) {
        bound += form.item(i).discrimination();
      }
    }
    // |ℓ'| ≤ Σ a_i (also for 3PL items), so the root of ℓ' − θ lies within ±(Σ a_i + 1).
    UnivariateFunction equation = t -> derivatives(form, r, t)[0] - t;
    double theta =
        hasThreePl(form, r)
            ? globalMaximum(t -> logLikelihood(form, r, t) - t * t / 2, equation, -bound, bound)
            : solve(equation, -bound, bound);
    double info = derivatives(form, r, theta)[1];
    return ThetaEstimate.of(EstimationMethod.MAP, theta, 1 / Math.sqrt(info + 1));
  }

  /**
   * Maximum likelihood estimate.
   *
   * @param form the items
   * @param pattern the responses
   * @return the MLE with SE {@code 1/√I(θ̂)}, or undefined with the reason
   * @throws IllegalArgumentException if the pattern does not fit the form
   */
  public static ThetaEstimate mle(Form form, ResponsePattern pattern) {
    form.validate(pattern);
    int[] r = pattern.unsafeResponses();
    ThetaEstimate.Reason extreme = extreme(form, r);
    if (extreme != null) {
      return ThetaEstimate.undefined(EstimationMethod.MLE, extreme);
    }
    UnivariateFunction score = t -> derivatives(form, r, t)[0];
    if (hasThreePl(form, r)) {
      return threePlMle(form, r, score);
    }
    double lo = -1;
    double hi = 1;
    while (score.value(lo) < 0 && lo > -MLE_BOUND) {
      lo *= 2;
    }
    while (score.value(hi) > 0 && hi < MLE_BOUND) {
      hi *= 2;
    }
    if (score.value(lo) < 0 || score.value(hi) > 0) {
      return ThetaEstimate.undefined(EstimationMethod.MLE, ThetaEstimate.Reason.NO_ROOT);
    }
    double theta = solve(score, lo, hi);
    double info = derivatives(form, r, theta)[1];
    return ThetaEstimate.of(EstimationMethod.MLE, theta, 1 / Math.sqrt(info));
  }

  /**
   * Warm's weighted likelihood estimate.
   *
   * @param form the items
   * @param pattern the responses
   * @return the WLE with SE {@code √(1/I + J²/(4I⁴))}, or undefined if nothing was answered or no
   *     root lies in [−10, 10]
   * @throws IllegalArgumentException if the pattern does not fit the form
   */
  public static ThetaEstimate wle(Form form, ResponsePattern pattern) {
    form.validate(pattern);
    int[] r = pattern.unsafeResponses();
    if (answered(r) == 0) {
      return ThetaEstimate.undefined(EstimationMethod.WLE, ThetaEstimate.Reason.NO_RESPONSES);
    }
    UnivariateFunction warm =
        t -> {
          double[] d = derivatives(form, r, t);
          return d[0] + d[2] / (2 * d[1]);
        };
    double fLo = warm.value(-WLE_BOUND);
    double fHi = warm.value(WLE_BOUND);
    if (!(fLo >= 0 && fHi <= 0) && !(fLo <= 0 && fHi >= 0)) {
      return ThetaEstimate.undefined(EstimationMethod.WLE, ThetaEstimate.Reason.NO_ROOT);
    }
    double theta = solve(warm, -WLE_BOUND, WLE_BOUND);
    double[] d = derivatives(form, r, theta);
    double info = d[1];
    double j = d[2];
    double variance = 1 / info + j * j / (4 * info * info * info * info);
    return ThetaEstimate.of(EstimationMethod.WLE, theta, Math.sqrt(variance));
  }

  private static ThetaEstimate threePlMle(Form form, int[] r, UnivariateFunction score) {
    UnivariateFunction logLikelihood = t -> logLikelihood(form, r, t);
    double best = bestGridPoint(logLikelihood, -WLE_BOUND, WLE_BOUND);
    if (best <= -WLE_BOUND || best >= WLE_BOUND) {
      return ThetaEstimate.undefined(EstimationMethod.MLE, ThetaEstimate.Reason.NO_ROOT);
    }
    double theta = globalMaximum(logLikelihood, score, -WLE_BOUND, WLE_BOUND);
    if (lowerLimit(form, r) >= logLikelihood.value(theta)) {
      return ThetaEstimate.undefined(EstimationMethod.MLE, ThetaEstimate.Reason.NO_ROOT);
    }
    double info = derivatives(form, r, theta)[1];
    return ThetaEstimate.of(EstimationMethod.MLE, theta, 1 / Math.sqrt(info));
  }

  /**
   * The location of the global maximum of {@code objective} on [lo, hi]: the best point of a grid
   * of step ≤ 0.05, refined by the root of {@code derivative} within one step of it, or by Brent's
   * maximiser when the derivative does not change sign there.
   */
  private static double globalMaximum(
      UnivariateFunction objective, UnivariateFunction derivative, double lo, double hi) {
    double step = gridStep(lo, hi);
    double best = bestGridPoint(objective, lo, hi);
    double left = Math.max(lo, best - step);
    double right = Math.min(hi, best + step);
    double fLeft = derivative.value(left);
    double fRight = derivative.value(right);
    if (fLeft > 0 && fRight < 0) {
      return solve(derivative, left, right);
    }
    return new BrentOptimizer(1e-12, 1e-14)
        .optimize(
            new MaxEval(MAX_EVALUATIONS),
            new UnivariateObjectiveFunction(objective),
            GoalType.MAXIMIZE,
            new SearchInterval(left, right, best))
        .getPoint();
  }

  private static double gridStep(double lo, double hi) {
    return (hi - lo) / Math.max(400, Math.ceil((hi - lo) / 0.05));
  }

  private static double bestGridPoint(UnivariateFunction f, double lo, double hi) {
    double step = gridStep(lo, hi);
    int n = (int) Math.round((hi - lo) / step);
    double best = lo;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int g = 0; g <= n; g++) {
      double t = lo + g * step;
      double v = f.value(t);
      if (v > bestValue) {
        bestValue = v;
        best = t;
      }
    }
    return best;
  }

  private static boolean hasThreePl(Form form, int[] r) {
    for (int i = 0; i < r.length; i++) {
      if (r[i] != ResponsePattern.OMITTED && form.item(i) instanceof ThreePlItem) {
        return true;
      }
    }
    return false;
  }

  private static double logLikelihood(Form form, int[] r, double theta) {
    double sum = 0;
    for (int i = 0; i < r.length; i++) {
      if (r[i] != ResponsePattern.OMITTED) {
        Item item = form.item(i);
        sum += ItemMath.logProbability(item, r[i] - item.lowestResponse(), theta);
      }
    }
    return sum;
  }

  /**
   * {@code lim ℓ(θ)} as θ → −∞: 0 for lowest categories, {@code log c} for a right 3PL answer, −∞
   * for any other category.
   */
  private static double lowerLimit(Form form, int[] r) {
    double sum = 0;
    for (int i = 0; i < r.length; i++) {
      if (r[i] == ResponsePattern.OMITTED) {
        continue;
      }
      Item item = form.item(i);
      if (r[i] != item.lowestResponse()) {
        if (item instanceof ThreePlItem t && t.guessing() > 0) {
          sum += Math.log(t.guessing());
        } else {
          return Double.NEGATIVE_INFINITY;
        }
      }
    }
    return sum;
  }

  private static double solve(UnivariateFunction f, double lo, double hi) {
    return new BrentSolver(ACCURACY).solve(MAX_EVALUATIONS, f, lo, hi);
  }

  private static int answered(int[] r) {
    int n = 0;
    for (int v : r) {
      if (v != ResponsePattern.OMITTED) {
        n++;
      }
    }
    return n;
  }

  private static ThetaEstimate.Reason extreme(Form form, int[] r) {
    boolean allLowest = true;
    boolean allHighest = true;
    int n = 0;
    for (int i = 0; i < r.length; i++) {
      if (r[i] == ResponsePattern.OMITTED) {
        continue;
      }
      n++;
      Item item = form.item(i);
      allLowest &= r[i] == item.lowestResponse();
      allHighest &= r[i] == item.highestResponse();
    }
    if (n == 0) {
      return ThetaEstimate.Reason.NO_RESPONSES;
    }
    if (allLowest) {
      return ThetaEstimate.Reason.ALL_LOWEST_CATEGORY;
    }
    return allHighest ? ThetaEstimate.Reason.ALL_HIGHEST_CATEGORY : null;
  }

  /** {ℓ'(θ), I(θ), J(θ)} over the answered items. */
  private static double[] derivatives(Form form, int[] r, double theta) {
    double[] acc = new double[3];
    for (int i = 0; i < r.length; i++) {
      if (r[i] != ResponsePattern.OMITTED) {
        Item item = form.item(i);
        ItemMath.accumulate(item, r[i] - item.lowestResponse(), theta, acc);
      }
    }
    return acc;
  }
}
