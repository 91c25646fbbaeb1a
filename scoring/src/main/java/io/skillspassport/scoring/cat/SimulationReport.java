package io.skillspassport.scoring.cat;

import java.util.List;
import java.util.Map;

/**
 * What {@link CatSimulator} measured.
 *
 * @param rows one row per true θ, in the order given
 * @param candidates simulated candidates in all
 * @param exposureRates item id → share of all simulated candidates shown the item (operational)
 * @param selectionRates item id → share of candidates for whom the item was selected, i.e. shown or
 *     set aside by Sympson–Hetter ({@code P(S_i)}; equals the exposure rate without that control)
 */
public record SimulationReport(
    List<Row> rows,
    int candidates,
    Map<String, Double> exposureRates,
    Map<String, Double> selectionRates) {

  /** Copies. */
  public SimulationReport {
    rows = List.copyOf(rows);
    exposureRates = Map.copyOf(exposureRates);
    selectionRates = Map.copyOf(selectionRates);
  }

  /**
   * The largest exposure rate over all simulated candidates.
   *
   * @return {@code max_i} exposure rate (0 if no item was shown)
   */
  public double maxExposure() {
    return exposureRates.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }

  /**
   * The mean operational length over all simulated candidates.
   *
   * @return mean test length
   */
  public double meanItems() {
    double sum = 0;
    int n = 0;
    for (Row row : rows) {
      sum += row.meanItems() * row.replications();
      n += row.replications();
    }
    return sum / n;
  }

  /**
   * Results at one true θ.
   *
   * @param theta the true θ
   * @param replications candidates simulated at this θ
   * @param meanItems mean operational length
   * @param bias {@code mean(θ̂ − θ)}
   * @param rmse {@code √mean((θ̂ − θ)²)}
   * @param coverage95 share of candidates with {@code |θ̂ − θ| ≤ 1.96·SD}, SD the posterior SD
   * @param meanSe mean final posterior SD
   * @param maxExposure the largest share of these candidates shown one item
   */
  public record Row(
      double theta,
      int replications,
      double meanItems,
      double bias,
      double rmse,
      double coverage95,
      double meanSe,
      double maxExposure) {}
}
