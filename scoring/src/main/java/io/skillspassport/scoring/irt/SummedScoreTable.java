package io.skillspassport.scoring.irt;

import java.util.ArrayList;
import java.util.List;

/**
 * A raw-to-θ table for a fixed form: for every raw (summed) score {@code x}, its marginal
 * probability {@code P(x) = ∫ P(x|θ) φ(θ) dθ}, the EAP {@code E[θ | x]} and the posterior SD, with
 * the N(0,1) prior.
 *
 * <p>{@code P(x|θ)} comes from the Lord–Wingersky recursion: starting from {@code L_0(0|θ) = 1},
 * adding item {@code i} gives {@code L_i(x|θ) = Σ_j L_{i−1}(x − s_ij | θ) P_ij(θ)} with {@code
 * s_ij} the response value of category {@code j} (2PL: 0/1; graded: 1..K+1). The integrals use a
 * {@link Quadrature} (default {@link Quadrature#standard()}).
 *
 * <p>Edge cases: every raw score from {@link Form#minRawScore()} to {@link Form#maxRawScore()} has
 * a row; all items are assumed answered. For 2PL forms {@code E[θ | x]} increases with {@code x};
 * with graded items it need not (the graded response model does not imply a monotone likelihood
 * ratio of the sum score, Hemker et al. 1997), so a table should be checked before it is published.
 *
 * <p>References: Lord, F. M. &amp; Wingersky, M. S. (1984), Comparison of IRT true-score and
 * equipercentile observed-score "equatings", <i>Applied Psychological Measurement</i> 8, 453–461;
 * Thissen, D., Pommerich, M., Billeaud, K. &amp; Williams, V. S. L. (1995), Item response theory
 * for scores on tests including polytomous items with ordered responses, <i>Applied Psychological
 * Measurement</i> 19, 39–49.
 *
 * @param rows one row per raw score, ascending
 */
public record SummedScoreTable(List<Row> rows) {

  /**
   * One raw score's row.
   *
   * @param rawScore the summed score
   * @param probability its marginal probability under the N(0,1) prior
   * @param eap {@code E[θ | raw]}
   * @param posteriorSd {@code SD[θ | raw]}
   */
  public record Row(int rawScore, double probability, double eap, double posteriorSd) {}

  /**
   * Copies the rows.
   *
   * @param rows the rows
   */
  public SummedScoreTable {
    rows = List.copyOf(rows);
  }

  /**
   * The table for a form with the standard quadrature.
   *
   * @param form the items
   * @return the table
   */
  public static SummedScoreTable of(Form form) {
    return of(form, Quadrature.standard());
  }

  /**
   * The table for a form.
   *
   * @param form the items
   * @param quadrature nodes and N(0,1) weights
   * @return the table
   * @throws IllegalArgumentException if an argument is null
   */
  public static SummedScoreTable of(Form form, Quadrature quadrature) {
    if (form == null || quadrature == null) {
      throw new IllegalArgumentException("form and quadrature must not be null");
    }
    int min = form.minRawScore();
    int span = form.maxRawScore() - min + 1;
    int nq = quadrature.size();
    double[] mass = new double[span];
    double[] first = new double[span];
    double[][] perNode = new double[nq][];
    for (int q = 0; q < nq; q++) {
      double theta = quadrature.node(q);
      double[] dist = new double[span];
      dist[0] = 1;
      int reach = 0;
      for (Item item : form.items()) {
        int k = item.thresholdCount();
        double[] next = new double[span];
        double[] p = new double[k + 1];
        for (int j = 0; j <= k; j++) {
          p[j] = ItemMath.probability(item, j, theta);
        }
        for (int x = 0; x <= reach; x++) {
          double dx = dist[x];
          for (int j = 0; j <= k; j++) {
            next[x + j] += dx * p[j];
          }
        }
        reach += k;
        dist = next;
      }
      perNode[q] = dist;
      double w = quadrature.weight(q);
      for (int x = 0; x < span; x++) {
        mass[x] += w * dist[x];
        first[x] += w * dist[x] * theta;
      }
    }
    List<Row> rows = new ArrayList<>(span);
    for (int x = 0; x < span; x++) {
      double eap = first[x] / mass[x];
      double second = 0;
      for (int q = 0; q < nq; q++) {
        double d = quadrature.node(q) - eap;
        second += quadrature.weight(q) * perNode[q][x] * d * d;
      }
      rows.add(new Row(min + x, mass[x], eap, Math.sqrt(second / mass[x])));
    }
    return new SummedScoreTable(rows);
  }

  /**
   * The row of a raw score.
   *
   * @param rawScore a raw score of the form
   * @return its row
   * @throws IllegalArgumentException if the raw score is outside the table
   */
  public Row row(int rawScore) {
    int min = rows.get(0).rawScore();
    int i = rawScore - min;
    if (i < 0 || i >= rows.size()) {
      throw new IllegalArgumentException(
          "raw score must be within "
              + min
              + ".."
              + rows.get(rows.size() - 1).rawScore()
              + " but was "
              + rawScore);
    }
    return rows.get(i);
  }
}
