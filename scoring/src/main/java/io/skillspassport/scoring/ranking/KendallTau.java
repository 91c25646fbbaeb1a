package io.skillspassport.scoring.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kendall's rank correlation between two strict rankings of the same candidates, with the pairs
 * that swap.
 *
 * <p>{@code τ = (n_c − n_d) / (n(n−1)/2)}, where {@code n_c} / {@code n_d} count the candidate
 * pairs ordered the same / oppositely in the two rankings (no ties in a strict ranking, so τ-a =
 * τ-b). {@link #coefficient} counts discordant pairs by merge sort in O(n log n); {@link #between}
 * also lists every swapped pair, which takes O(n²) time and is meant for comparison pages of tens
 * to thousands of candidates.
 *
 * <p>Edge cases, rejected naming the value: rankings of different candidates, a duplicate
 * candidate, fewer than two candidates (τ undefined). τ = 1 for identical rankings, −1 for reversed
 * ones.
 *
 * <p>Reference: Kendall, M. G. (1938), A new measure of rank correlation, <i>Biometrika</i> 30,
 * 81–93; Knight, W. R. (1966), A computer method for calculating Kendall's tau with ungrouped data,
 * <i>JASA</i> 61, 436–439.
 *
 * @param tau Kendall's τ
 * @param concordantPairs pairs in the same order
 * @param discordantPairs pairs that swap
 * @param swappedPairs the swapped pairs, ordered by the first ranking
 */
public record KendallTau(
    double tau, long concordantPairs, long discordantPairs, List<SwappedPair> swappedPairs) {

  /**
   * Two candidates whose order differs between the rankings.
   *
   * @param aheadInFirst the candidate ranked higher in the first ranking
   * @param aheadInSecond the candidate ranked higher in the second ranking
   */
  public record SwappedPair(String aheadInFirst, String aheadInSecond) {}

  /** Copies the list. */
  public KendallTau {
    swappedPairs = List.copyOf(swappedPairs);
  }

  /**
   * τ and every swapped pair.
   *
   * @param first candidate ids, best first
   * @param second the same ids in another order
   * @return τ, pair counts and swapped pairs
   * @throws IllegalArgumentException if the rankings do not hold the same candidates
   */
  public static KendallTau between(List<String> first, List<String> second) {
    int[] positions = positionsInSecond(first, second);
    int n = positions.length;
    List<SwappedPair> swapped = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (positions[i] > positions[j]) {
          swapped.add(new SwappedPair(first.get(i), first.get(j)));
        }
      }
    }
    long pairs = (long) n * (n - 1) / 2;
    long discordant = swapped.size();
    return new KendallTau(
        (double) (pairs - 2 * discordant) / pairs, pairs - discordant, discordant, swapped);
  }

  /**
   * τ alone, in O(n log n).
   *
   * @param first candidate ids, best first
   * @param second the same ids in another order
   * @return Kendall's τ
   * @throws IllegalArgumentException if the rankings do not hold the same candidates
   */
  public static double coefficient(List<String> first, List<String> second) {
    int[] positions = positionsInSecond(first, second);
    long pairs = (long) positions.length * (positions.length - 1) / 2;
    long discordant = countInversions(positions, new int[positions.length], 0, positions.length);
    return (double) (pairs - 2 * discordant) / pairs;
  }

  /** position in {@code second} of the candidate at each position of {@code first}. */
  private static int[] positionsInSecond(List<String> first, List<String> second) {
    Objects.requireNonNull(first, "first ranking");
    Objects.requireNonNull(second, "second ranking");
    if (first.size() != second.size()) {
      throw new IllegalArgumentException(
          "rankings must hold the same candidates but have "
              + first.size()
              + " and "
              + second.size()
              + " entries");
    }
    if (first.size() < 2) {
      throw new IllegalArgumentException(
          "Kendall's tau needs at least two candidates but got " + first.size());
    }
    Map<String, Integer> where = new HashMap<>();
    for (int i = 0; i < second.size(); i++) {
      if (where.put(second.get(i), i) != null) {
        throw new IllegalArgumentException(
            "duplicate candidate '" + second.get(i) + "' in the second ranking");
      }
    }
    int[] positions = new int[first.size()];
    boolean[] used = new boolean[first.size()];
    for (int i = 0; i < first.size(); i++) {
      Integer p = where.get(first.get(i));
      if (p == null) {
        throw new IllegalArgumentException(
            "candidate '" + first.get(i) + "' is not in the second ranking");
      }
      if (used[p]) {
        throw new IllegalArgumentException(
            "duplicate candidate '" + first.get(i) + "' in the first ranking");
      }
      used[p] = true;
      positions[i] = p;
    }
    return positions;
  }

  static long countInversions(int[] a, int[] buffer, int lo, int hi) {
    if (hi - lo < 2) {
      return 0;
    }
    int mid = (lo + hi) >>> 1;
    long count = countInversions(a, buffer, lo, mid) + countInversions(a, buffer, mid, hi);
    int i = lo;
    int j = mid;
    int o = lo;
    while (i < mid && j < hi) {
      if (a[j] < a[i]) {
        count += mid - i;
        buffer[o++] = a[j++];
      } else {
        buffer[o++] = a[i++];
      }
    }
    while (i < mid) {
      buffer[o++] = a[i++];
    }
    while (j < hi) {
      buffer[o++] = a[j++];
    }
    System.arraycopy(buffer, lo, a, lo, hi - lo);
    return count;
  }
}
