package io.skillspassport.assessments.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Classical statistics of the items of a bank from finished attempts. Plain Java, no state.
 *
 * <p>For item i over the N_i attempts with a response x to it ({@code x} the scored response: 0/1,
 * or the category 1..K+1 of a graded item):
 *
 * <ul>
 *   <li>mean score {@code x̄ = Σx / N_i}: the proportion correct of a right/wrong item, the mean
 *       category of a graded item;
 *   <li>point-biserial {@code r = Σ(x − x̄)(R − R̄) / sqrt(Σ(x − x̄)² Σ(R − R̄)²)}, the Pearson
 *       correlation of the item score with the rest score R of the attempt: the sum of the points
 *       {@code x_j − lowest_j} of the attempt's other answered items, leaving out its unscored
 *       pretest item; undefined (empty) when either variance is 0. In an adaptive test candidates
 *       answer different items chosen by their ability, so R is a rough ability proxy and r is
 *       lower than on a fixed form; it still flags an item whose score runs against the rest;
 *   <li>exposure rate: the share of all finished attempts that served the item.
 * </ul>
 */
public final class ItemStatistics {

  /**
   * The figures of one item.
   *
   * @param responses N_i, attempts with a response to the item
   * @param meanScore x̄ (NaN when N_i = 0)
   * @param pointBiserial r, empty when undefined
   * @param served attempts that served the item
   * @param exposure served / finished attempts (0 when there are none)
   */
  public record Figures(
      int responses, double meanScore, OptionalDouble pointBiserial, int served, double exposure) {}

  private ItemStatistics() {}

  /**
   * The figures of the given items.
   *
   * @param codes the items
   * @param lowest the lowest scored response of each item (0 right/wrong, 1 graded), by code
   * @param attempts the finished attempts
   * @return figures by item code, one per code
   */
  public static Map<String, Figures> of(
      List<String> codes, Map<String, Integer> lowest, List<ScoredAttempt> attempts) {
    Map<String, Figures> out = new HashMap<>();
    for (String code : codes) {
      int served = 0;
      int n = 0;
      double sx = 0;
      double sr = 0;
      double sxx = 0;
      double srr = 0;
      double sxr = 0;
      for (ScoredAttempt a : attempts) {
        if (a.served().contains(code)) {
          served++;
        }
        Integer x = a.scored().get(code);
        if (x == null) {
          continue;
        }
        double rest = 0;
        for (Map.Entry<String, Integer> e : a.scored().entrySet()) {
          if (!e.getKey().equals(code) && !a.pretest().map(e.getKey()::equals).orElse(false)) {
            rest += e.getValue() - lowest.getOrDefault(e.getKey(), 0);
          }
        }
        n++;
        sx += x;
        sr += rest;
        sxx += (double) x * x;
        srr += rest * rest;
        sxr += x * rest;
      }
      double mean = n == 0 ? Double.NaN : sx / n;
      OptionalDouble r = OptionalDouble.empty();
      if (n >= 2) {
        double cxx = sxx - sx * sx / n;
        double crr = srr - sr * sr / n;
        double cxr = sxr - sx * sr / n;
        if (cxx > 1e-12 && crr > 1e-12) {
          r = OptionalDouble.of(cxr / Math.sqrt(cxx * crr));
        }
      }
      out.put(
          code,
          new Figures(
              n, mean, r, served, attempts.isEmpty() ? 0 : (double) served / attempts.size()));
    }
    return out;
  }
}
