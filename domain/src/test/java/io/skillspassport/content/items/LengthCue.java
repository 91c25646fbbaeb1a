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
 * <p>The first statistic generalises to every length rank ({@link #byLengthRank()}): the expected
 * hits of "pick the second longest", "pick the shortest" and so on.
 *
 * <p>Length is counted in UTF-16 chars of the option text as shipped; the texts are plain prose,
 * where that is the number of characters a reader sees.
 *
 * @param items the number of items
 * @param bestIsLongest the expected number of items where picking the longest option finds the best
 * @param chance the expected share of such items when length carries no information, Σ(1/kᵢ)/n
 * @param rho Spearman's ρ between option length and option score over all options
 * @param byLengthRank the hits of picking the option at each length rank, longest first
 */
record LengthCue(
    int items, double bestIsLongest, double chance, double rho, List<RankCue> byLengthRank) {

  /**
   * The strategy "pick the option at length rank r" (r = 1 the longest, 2 the second longest, …):
   * in how many items it finds the best option, in expectation (an option tied with t − 1 others
   * spreads its 1 over the t ranks they share), and in how many it would by chance, Σ 1/kᵢ over the
   * items with at least r options. A cue at any rank is a cue: a best reply that is always the
   * second longest gives itself away as surely as one that is always the longest.
   */
  record RankCue(int rank, double hits, double chanceHits) {}

  /** Both statistics of a bank file in the shared bank format (multiple choice or graded). */
  static LengthCue of(JsonObject bank) {
    List<double[]> lengthAndScore = new ArrayList<>();
    int items = 0;
    double bestIsLongest = 0;
    double chance = 0;
    double[] rankHits = new double[MAX_OPTIONS];
    double[] rankChance = new double[MAX_OPTIONS];
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
      int longer = lengthsAbove(lengths, lengths[best]);
      int same = lengthsAbove(lengths, lengths[best] - 1) - longer;
      for (int r = longer; r < longer + same; r++) {
        rankHits[r] += 1.0 / same;
      }
      for (int r = 0; r < options.size(); r++) {
        rankChance[r] += 1.0 / options.size();
      }
    }
    List<RankCue> byRank = new ArrayList<>();
    for (int r = 0; r < MAX_OPTIONS && rankChance[r] > 0; r++) {
      byRank.add(new RankCue(r + 1, rankHits[r], rankChance[r]));
    }
    double[] lengths = lengthAndScore.stream().mapToDouble(p -> p[0]).toArray();
    double[] scores = lengthAndScore.stream().mapToDouble(p -> p[1]).toArray();
    return new LengthCue(
        items, bestIsLongest, chance / items, spearman(lengths, scores), List.copyOf(byRank));
  }

  /** The most options an item may have (the bank format allows 3–5; graded items have 4). */
  static final int MAX_OPTIONS = 5;

  private static int lengthsAbove(int[] lengths, int length) {
    return (int) Arrays.stream(lengths).filter(l -> l > length).count();
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
    return ("picking the longest option finds the best in %.1f of %d items (%.1f%%; chance %.1f%%),"
            + " Spearman rho(length, score) = %+.3f; best found by length rank (1 = longest): %s")
        .formatted(
            bestIsLongest,
            items,
            100.0 * bestIsLongestShare(),
            100 * chance,
            rho,
            byLengthRank.stream()
                .map(c -> "%d: %.1f (chance %.1f)".formatted(c.rank(), c.hits(), c.chanceHits()))
                .toList());
  }
}
