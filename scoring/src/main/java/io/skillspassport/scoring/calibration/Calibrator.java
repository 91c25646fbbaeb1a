package io.skillspassport.scoring.calibration;

import io.skillspassport.scoring.irt.GradedResponseItem;
import io.skillspassport.scoring.irt.Item;
import io.skillspassport.scoring.irt.Quadrature;
import io.skillspassport.scoring.irt.ThreePlItem;
import io.skillspassport.scoring.irt.TwoPlItem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Item calibration by marginal maximum likelihood (Bock &amp; Aitkin 1981): the item parameters
 * that maximise {@code ℓ = Σ_p w_p log ∫ L_p(θ) g(θ) dθ}, the likelihood of the observed patterns
 * with ability integrated out over the population distribution g.
 *
 * <p><b>Conventions.</b> Logistic metric without the 1.7 factor; {@code g = N(0,1)} fixes the scale
 * (ltm's and mirt's convention), so b is in θ units. Estimation runs in slope-intercept form {@code
 * aθ + d} (3PL: {@code c = σ(γ)}); results are reported as {@code a}, {@code b_k = −d_k/a}, {@code
 * c}. Rasch: {@code a = 1} for every item and θ ~ N(0,1) (ltm {@code rasch(constraint = a = 1)},
 * whose latent variance is therefore not free); 1PL: one common {@code a} estimated, θ ~ N(0,1)
 * (ltm {@code rasch()}); 2PL, 3PL, GRM: an a per item. Missing (not administered) responses drop
 * out of {@code L_p}. Patterns carry frequency weights {@code w_p}.
 *
 * <p><b>Quadrature.</b> The integral is a sum over a fixed grid: by default 41 equally spaced nodes
 * on [−6, 6] (step 0.3) with weights ∝ φ (the trapezoid rule, whose error for smooth posteriors of
 * SD σ decays like {@code exp(−2π²σ²/h²)}: below 1e-11 for σ ≥ 0.35).
 *
 * <p><b>EM.</b> E-step: for each distinct pattern the posterior weights {@code π_pq ∝ W_q L_p(θ_q)}
 * (in logs, shifted by their maximum) and the expected counts {@code r_ijq = Σ_p w_p π_pq [u_pi =
 * j]}. M-step: maximise {@code Σ_i Σ_q Σ_j r_ijq log P_ij(θ_q)} (+ log prior of c) by Fisher
 * scoring with the expected complete-data information {@code Σ_q n_iq Σ_j ∂P_j ∂P_jᵀ / P_j} (items
 * are independent, except the 1PL's common slope), with step halving so the objective never
 * decreases and graded intercepts stay ordered. Cycles stop when no parameter moves by more than
 * 1e-4; more than 2,000 cycles is a failure.
 *
 * <p><b>Polish and standard errors.</b> The gradient of ℓ is exact by Fisher's identity (the M-step
 * gradient at the E-step's own parameters). The observed information {@code −∂²ℓ/∂x∂xᵀ} comes from
 * Louis's identity (Louis 1982) in one E-step pass: minus the Hessian of the EM Q-function at the
 * pass's expected counts, minus the posterior second moment of the complete-data score, plus the
 * outer products of the posterior mean scores (formula and cost in {@code
 * Estimation#observedInformation}). It is computed at the EM solution for Newton steps {@code x ← x
 * + (−H)⁻¹∇ℓ}, which run until no parameter moves by more than 1e-7 (at most 25; else a failure),
 * and once more at the polished maximum for the covariance {@code (−H)⁻¹}; SEs of b and c follow by
 * the delta method ({@code ∂b/∂a = d/a²}, {@code ∂b/∂d = −1/a}, {@code ∂c/∂γ = c(1−c)}). {@link
 * #withoutStandardErrors()} stops after EM.
 *
 * <p><b>3PL prior.</b> c has a Beta(5, 17) prior (mode 0.2, the BILOG-MG default for five-option
 * items: {@code α = 20p + 1}, {@code β = 20(1 − p) + 1}, p = 0.2); the estimate is the posterior
 * mode in c, and the information includes the prior's {@code (α+β−2)c(1−c)} term for γ. The
 * reported ℓ, AIC and BIC exclude the prior.
 *
 * <p><b>Anchors</b> (fixed-parameter calibration). Items listed as anchors keep their bank
 * parameters; with anchors in the data the latent mean μ and SD σ are estimated as well (weights
 * {@code W_q ∝ W⁰_q φ((θ_q−μ)/σ)/φ(θ_q)}, EM update {@code μ = Σ_q N_q θ_q / N}, {@code σ² = Σ_q
 * N_q (θ_q−μ)²/N}, Kim 2006's multiple-weights-updating method), so the new items land on the
 * bank's scale even when the new sample is abler or more varied than the bank's.
 *
 * <p><b>Failures</b> ({@link CalibrationFailure}, never a silent number): more parameters than
 * distinct observed patterns minus one (the multinomial of the patterns cannot identify them), an
 * item with no responses, a category nobody chose (every answer right, or a graded category never
 * used: its parameter has no finite maximum), parameters that diverge (|a| &gt; 50, |d| &gt; 100),
 * an information matrix that is not positive definite (smallest eigenvalue ≤ 1e-9 × largest: a
 * parameter is not identified), EM or Newton that do not converge, and an estimated {@code a ≤ 0}
 * (the item favours low-ability candidates: its key or wording should be checked). Bad input
 * (responses outside an item's categories) is an {@link IllegalArgumentException} naming the item,
 * the row and the value.
 *
 * <p>Item fit: Orlando–Thissen S-X², see {@link ItemFit}, computed on the complete patterns.
 *
 * <p>References: Bock, R. D. &amp; Aitkin, M. (1981), Marginal maximum likelihood estimation of
 * item parameters: application of an EM algorithm, <i>Psychometrika</i> 46, 443–459; Baker, F. B.
 * &amp; Kim, S.-H. (2004), <i>Item Response Theory: Parameter Estimation Techniques</i>, 2nd ed.,
 * ch. 6–8; Kim, S. (2006), A comparative study of IRT fixed parameter calibration methods,
 * <i>Journal of Educational Measurement</i> 43, 355–381; Orlando, M. &amp; Thissen, D. (2000),
 * Likelihood-based item-fit indices for dichotomous item response theory models, <i>Applied
 * Psychological Measurement</i> 24, 50–64.
 */
public final class Calibrator {

  /** α of the Beta prior on the 3PL lower asymptote c. */
  public static final double GUESSING_PRIOR_ALPHA = 5;

  /** β of the Beta prior on the 3PL lower asymptote c. */
  public static final double GUESSING_PRIOR_BETA = 17;

  /** EM stops when no parameter moves by more than this in one cycle. */
  public static final double EM_TOLERANCE = 1e-4;

  /** EM cycles allowed before the calibration is declared not converged. */
  public static final int MAX_EM_CYCLES = 2000;

  private final Model model;
  private final Map<String, Item> anchors;
  private final Quadrature quadrature;
  private final boolean standardErrors;

  private Calibrator(
      Model model, Map<String, Item> anchors, Quadrature quadrature, boolean standardErrors) {
    this.model = model;
    this.anchors = anchors;
    this.quadrature = quadrature;
    this.standardErrors = standardErrors;
  }

  /**
   * A calibrator for a model, with the default 41-point grid, standard errors and no anchors.
   *
   * @param model the model of the items to estimate
   * @return the calibrator
   * @throws IllegalArgumentException if the model is null
   */
  public static Calibrator of(Model model) {
    if (model == null) {
      throw new IllegalArgumentException("model must not be null");
    }
    return new Calibrator(model, Map.of(), Quadrature.grid(-6, 6, 41), true);
  }

  /**
   * The same calibrator with anchor items: items of the data whose id is an anchor's keep the
   * anchor's parameters; anchors absent from the data are ignored.
   *
   * @param items bank items (unique ids)
   * @return a new calibrator
   * @throws IllegalArgumentException if an id repeats
   */
  public Calibrator withAnchors(Collection<? extends Item> items) {
    Map<String, Item> map = new LinkedHashMap<>();
    for (Item item : items) {
      if (map.put(item.id(), item) != null) {
        throw new IllegalArgumentException("anchor item '" + item.id() + "' is listed twice");
      }
    }
    return new Calibrator(model, Map.copyOf(map), quadrature, standardErrors);
  }

  /**
   * The same calibrator with another quadrature (nodes and N(0,1) weights).
   *
   * @param q the quadrature
   * @return a new calibrator
   */
  public Calibrator withQuadrature(Quadrature q) {
    if (q == null) {
      throw new IllegalArgumentException("quadrature must not be null");
    }
    return new Calibrator(model, anchors, q, standardErrors);
  }

  /**
   * The same calibrator stopping after EM: no observed information, no Newton polish, no standard
   * errors (the estimates are then within about 1e-3 of the maximum rather than 1e-7).
   *
   * @return a new calibrator
   */
  public Calibrator withoutStandardErrors() {
    return new Calibrator(model, anchors, quadrature, false);
  }

  /**
   * Calibrates the items of the data.
   *
   * @param data responses with frequency weights
   * @return the converged calibration
   * @throws IllegalArgumentException naming item, row and value for a response outside an item's
   *     categories
   * @throws CalibrationFailure if the estimation does not converge or a parameter is not identified
   */
  public CalibrationResult calibrate(ResponseData data) {
    if (data == null) {
      throw new IllegalArgumentException("response data must not be null");
    }
    return new Estimation(this, data).run();
  }

  Model model() {
    return model;
  }

  Map<String, Item> anchors() {
    return anchors;
  }

  Quadrature quadrature() {
    return quadrature;
  }

  boolean standardErrors() {
    return standardErrors;
  }

  static String format(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }

  /** Builds the reported items from the final parameters and covariance. */
  static CalibratedItem report(Slot s, double[] x, double[][] cov) {
    double[] eta = s.eta(x);
    double a = eta[0];
    if (s.anchor) {
      return new CalibratedItem(
          s.bankItem.orElseThrow(),
          true,
          OptionalDouble.empty(),
          empties(s.k),
          OptionalDouble.empty());
    }
    if (!(a > 0)) {
      throw new CalibrationFailure(
          "item '"
              + s.id
              + "': estimated discrimination a = "
              + format(a)
              + " is not positive (lower-ability candidates do better on it); check its key");
    }
    double[] b = new double[s.k];
    for (int j = 0; j < s.k; j++) {
      b[j] = -eta[j + 1] / a;
    }
    Item item;
    if (s.guessing) {
      item = ThreePlItem.of(s.id, a, b[0], Slot.sigmoid(eta[2]));
    } else if (s.lowest == 0) {
      item = TwoPlItem.of(s.id, a, b[0]);
    } else {
      item = GradedResponseItem.of(s.id, a, b);
    }
    OptionalDouble seA = OptionalDouble.empty();
    List<OptionalDouble> seB = new ArrayList<>();
    OptionalDouble seC = OptionalDouble.empty();
    if (cov != null) {
      int ia = s.index[0];
      if (ia >= 0) {
        seA = OptionalDouble.of(Math.sqrt(cov[ia][ia]));
      }
      for (int j = 0; j < s.k; j++) {
        int id = s.index[j + 1];
        double d = eta[j + 1];
        double gA = d / (a * a);
        double gD = -1 / a;
        double v = 0;
        if (id >= 0) {
          v += gD * gD * cov[id][id];
        }
        if (ia >= 0) {
          v += gA * gA * cov[ia][ia];
        }
        if (id >= 0 && ia >= 0) {
          v += 2 * gA * gD * cov[ia][id];
        }
        seB.add(OptionalDouble.of(Math.sqrt(v)));
      }
      if (s.guessing && s.index[2] >= 0) {
        double c = Slot.sigmoid(eta[2]);
        seC = OptionalDouble.of(c * (1 - c) * Math.sqrt(cov[s.index[2]][s.index[2]]));
      }
    } else {
      seB = empties(s.k);
    }
    return new CalibratedItem(item, false, seA, seB, seC);
  }

  private static List<OptionalDouble> empties(int k) {
    List<OptionalDouble> list = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      list.add(OptionalDouble.empty());
    }
    return list;
  }
}
