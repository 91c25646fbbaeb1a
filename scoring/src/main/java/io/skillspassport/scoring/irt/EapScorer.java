package io.skillspassport.scoring.irt;

/**
 * Expected a posteriori (EAP) scoring of response patterns on one {@link Form}, with the N(0,1)
 * prior.
 *
 * <p>{@code θ̂ = Σ_q θ_q L(θ_q) W_q / Σ_q L(θ_q) W_q} and posterior SD {@code √(Σ_q (θ_q − θ̂)²
 * L(θ_q) W_q / Σ_q L(θ_q) W_q)}, where {@code L} is the likelihood of the answered items and {@code
 * (θ_q, W_q)} a {@link Quadrature} (default {@link Quadrature#standard()}). The log probability of
 * every item category at every node is computed once when the scorer is created, so scoring a
 * pattern costs one addition per answered item and node plus one {@code exp} per node; the
 * log-likelihood is shifted by its maximum before exponentiation, so long tests do not underflow,
 * and nodes more than 40 log units below the maximum (relative weight &lt; 4e-18) are skipped.
 *
 * <p>Edge cases: omitted items are skipped; an all-omitted pattern returns the prior (θ̂ ≈ 0, SD ≈
 * 1); EAP is defined for every pattern, including all-wrong and all-right ones. A scorer is
 * immutable and thread-safe.
 *
 * <p>Reference: Bock, R. D. &amp; Mislevy, R. J. (1982), Adaptive EAP estimation of ability in a
 * microcomputer environment, <i>Applied Psychological Measurement</i> 6, 431–444.
 */
public final class EapScorer {

  private static final double NEGLIGIBLE = -40;

  private final Form form;
  private final double[] nodes;
  private final double[] logWeights;

  /** Row of response r of item i in {@link #logTable} is {@code offsets[i] + r}. */
  private final int[] offsets;

  private final double[] logTable;

  private EapScorer(Form form, Quadrature quadrature) {
    this.form = form;
    this.nodes = quadrature.unsafeNodes();
    int nq = nodes.length;
    this.logWeights = new double[nq];
    for (int q = 0; q < nq; q++) {
      logWeights[q] = Math.log(quadrature.weight(q));
    }
    this.offsets = new int[form.size()];
    int rows = 0;
    for (int i = 0; i < form.size(); i++) {
      offsets[i] = rows - form.item(i).lowestResponse();
      rows += form.item(i).categoryCount();
    }
    this.logTable = new double[rows * nq];
    for (int i = 0; i < form.size(); i++) {
      Item item = form.item(i);
      for (int j = 0; j < item.categoryCount(); j++) {
        int base = (offsets[i] + item.lowestResponse() + j) * nq;
        for (int q = 0; q < nq; q++) {
          logTable[base + q] = ItemMath.logProbability(item, j, nodes[q]);
        }
      }
    }
  }

  /**
   * A scorer with the {@link Quadrature#standard() standard} quadrature.
   *
   * @param form the items
   * @return the scorer
   */
  public static EapScorer of(Form form) {
    return of(form, Quadrature.standard());
  }

  /**
   * A scorer with the given quadrature.
   *
   * @param form the items
   * @param quadrature nodes and N(0,1) weights
   * @return the scorer
   * @throws IllegalArgumentException if an argument is null
   */
  public static EapScorer of(Form form, Quadrature quadrature) {
    if (form == null || quadrature == null) {
      throw new IllegalArgumentException("form and quadrature must not be null");
    }
    return new EapScorer(form, quadrature);
  }

  /**
   * The form this scorer scores.
   *
   * @return the form
   */
  public Form form() {
    return form;
  }

  /**
   * The EAP estimate and posterior SD of a pattern.
   *
   * @param pattern one response per item, {@link ResponsePattern#OMITTED} allowed
   * @return a defined {@link EstimationMethod#EAP} estimate
   * @throws IllegalArgumentException if the pattern does not fit the form
   */
  public ThetaEstimate score(ResponsePattern pattern) {
    form.validate(pattern);
    double[] post = logPosterior(pattern.unsafeResponses());
    return summarise(post);
  }

  private double[] logPosterior(int[] responses) {
    int nq = nodes.length;
    double[] acc = logWeights.clone();
    for (int i = 0; i < responses.length; i++) {
      int r = responses[i];
      if (r == ResponsePattern.OMITTED) {
        continue;
      }
      int base = (offsets[i] + r) * nq;
      for (int q = 0; q < nq; q++) {
        acc[q] += logTable[base + q];
      }
    }
    return acc;
  }

  private ThetaEstimate summarise(double[] logPost) {
    int nq = nodes.length;
    double max = Double.NEGATIVE_INFINITY;
    for (int q = 0; q < nq; q++) {
      max = Math.max(max, logPost[q]);
    }
    double sum = 0;
    double first = 0;
    for (int q = 0; q < nq; q++) {
      double d = logPost[q] - max;
      // e^-40 = 4e-18: nodes this far below the mode cannot change the sums, so skip their exp.
      double p = d < NEGLIGIBLE ? 0 : Math.exp(d);
      logPost[q] = p;
      sum += p;
      first += p * nodes[q];
    }
    double mean = first / sum;
    double second = 0;
    for (int q = 0; q < nq; q++) {
      double d = nodes[q] - mean;
      second += logPost[q] * d * d;
    }
    return ThetaEstimate.of(EstimationMethod.EAP, mean, Math.sqrt(second / sum));
  }
}
