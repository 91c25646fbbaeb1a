package io.skillspassport.content.items;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How much an option's length gives away its score in one bank — the "length cue" a test-wise
 * candidate exploits by picking the longest option.
 *
 * <p>Two statistics, over the bank's items (pretest items included, since candidates see them):
 *
 * <ul>
 *   <li>{@link #bestIsLongest()}: in how many items the strategy "pick the longest option" finds
 *       the best option (the key of a multiple-choice item, the highest category of a
 *       graded-response item), in expectation: an item counts 1 when its best option is the only
 *       longest, 1/t when it ties with t − 1 others for the greatest length (the strategy breaks
 *       ties at random), 0 otherwise. Without a cue this is about Σ(1/kᵢ) over items with kᵢ
 *       options; {@link #chance()} is that sum divided by the number of items.
 *   <li>{@link #rho()}: Spearman's rank correlation ρ between the length of every option of the
 *       bank and its score (the category 1–4 of a graded reply; 1 for a key and 0 for a
 *       distractor), computed as Pearson's correlation of the mid-ranks, so tied lengths and the
 *       many tied scores get the average of the ranks they span. Without a cue ρ is near 0.
 * </ul>
 *
 * <p>Length is counted in UTF-16 chars of the option text as shipped; the texts are plain prose,
 * where that is the number of characters a reader sees.
 *
 * @param items the number of items
 * @param bestIsLongest the expected number of items where picking the longest option finds the best
 * @param chance the expected share of such items when length carries no information, Σ(1/kᵢ)/n
 * @param rho Spearman's ρ between option length and option score over all options
 */
record LengthCue(int items, double bestIsLongest, double chance, double rho) {

  /** Both statistics of a bank file in the shared bank format (multiple choice or graded). */
  static LengthCue of(JsonObject bank) {
    List<double[]> lengthAndScore = new ArrayList<>();
    int items = 0;
    double bestIsLongest = 0;
    double chance = 0;
    for (JsonObject item : bank.getJsonArray("items").getValuesAs(JsonObject.class)) {
      List<JsonValue> options = item.getJsonArray("options");
      int[] lengths = new int[options.size()];
      int[] scores = new int[options.size()];
      for (int k = 0; k < options.size(); k++) {
        JsonValue option = options.get(k);
        if (option instanceof JsonObject graded) {
          lengths[k] = graded.getString("text").length();
          scores[k] = graded.getInt("category");
        } else {
          lengths[k] = ((JsonString) option).getString().length();
          scores[k] = k == item.getInt("correct") ? 1 : 0;
        }
        lengthAndScore.add(new double[] {lengths[k], scores[k]});
      }
      int best = 0;
      for (int k = 1; k < scores.length; k++) {
        best = scores[k] > scores[best] ? k : best;
      }
      items++;
      int longest = Arrays.stream(lengths).max().orElseThrow();
      long tied = Arrays.stream(lengths).filter(length -> length == longest).count();
      bestIsLongest += lengths[best] == longest ? 1.0 / tied : 0;
      chance += 1.0 / options.size();
    }
    double[] lengths = lengthAndScore.stream().mapToDouble(p -> p[0]).toArray();
    double[] scores = lengthAndScore.stream().mapToDouble(p -> p[1]).toArray();
    return new LengthCue(items, bestIsLongest, chance / items, spearman(lengths, scores));
  }

  /** The share of items where picking the longest option finds the best one (expected). */
  double bestIsLongestShare() {
    return bestIsLongest / items;
  }

  /** Spearman's ρ: Pearson's correlation of the mid-ranks of x and y (equal lengths, n ≥ 2). */
  static double spearman(double[] x, double[] y) {
    return pearson(midRanks(x), midRanks(y));
  }

  /** Ranks 1..n, tied values sharing the mean of the ranks they occupy. */
  static double[] midRanks(double[] values) {
    Integer[] order = new Integer[values.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (i, j) -> Double.compare(values[i], values[j]));
    double[] ranks = new double[values.length];
    for (int start = 0; start < order.length; ) {
      int end = start;
      while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
        end++;
      }
      double mid = (start + end) / 2.0 + 1;
      for (int k = start; k <= end; k++) {
        ranks[order[k]] = mid;
      }
      start = end + 1;
    }
    return ranks;
  }

  private static double pearson(double[] x, double[] y) {
    double mx = Arrays.stream(x).average().orElseThrow();
    double my = Arrays.stream(y).average().orElseThrow();
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  @Override
  public String toString() {
    return "picking the longest option finds the best in %.1f of %d items (%.1f%%; chance %.1f%%), Spearman rho(length, score) = %+.3f"
        .formatted(bestIsLongest, items, 100.0 * bestIsLongestShare(), 100 * chance, rho);
  }
}
