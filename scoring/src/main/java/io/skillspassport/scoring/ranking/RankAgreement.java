package io.skillspassport.scoring.ranking;

import java.util.Arrays;

/**
 * Kendall's τ between two rankings of the same candidates over those complete under both — the
 * figure {@code ComparedRankings.of(first, second).coefficient()} gives — computed from rows
 * instead of ids, and carried forward when a few candidates' scores change.
 *
 * <p>{@code τ = (P − 2·n_d) / P} with {@code P = n(n−1)/2} pairs and {@code n_d} discordant pairs,
 * in the same arithmetic as {@link KendallTau#coefficient}. {@link #of} counts {@code n_d} by merge
 * sort in O(n log n) over int positions (no id strings, no hash maps).
 *
 * <p>{@link #after} updates {@code n_d} for a snapshot in which the rows {@code K} changed. Why
 * that is exact: a re-rank ({@link Ranking#rerank}) leaves the relative order of every unchanged
 * row in each ranking as it was, and their completeness too, so a pair of two unchanged rows is
 * concordant or discordant before and after alike. Only pairs with a row in {@code K} can change:
 * {@code n_d' = n_d − X_before + X_after}, where {@code X} counts the discordant pairs (among rows
 * complete under both) that have at least one row in {@code K} — for each changed row a scan of all
 * rows, minus the pairs inside {@code K} counted twice. Cost O(|K|·n) integer comparisons; above
 * {@value #MAX_INCREMENTAL} changed rows a full count is cheaper and is done instead.
 */
public final class RankAgreement {

  /** Above this many changed rows, {@link #after} counts from scratch. */
  static final int MAX_INCREMENTAL = 16;

  private final RankingResult first;
  private final RankingResult second;
  private final int size;
  private final long discordant;

  private RankAgreement(RankingResult first, RankingResult second, int size, long discordant) {
    this.first = first;
    this.second = second;
    this.size = size;
    this.discordant = discordant;
  }

  /**
   * Counts the agreement of two rankings of the same candidates.
   *
   * @param first a ranking
   * @param second a ranking of the same {@link CandidateScores} by other criteria
   * @return the agreement over the candidates complete under both
   * @throws IllegalArgumentException if an argument is null or they rank different candidates
   */
  public static RankAgreement of(RankingResult first, RankingResult second) {
    requireSameRows(first, second);
    int n = first.size();
    int[] positions = new int[n];
    int size = 0;
    int[] order = first.order();
    for (int p = 0; p < n; p++) {
      int row = order[p];
      if (first.completeAt(row) && second.completeAt(row)) {
        positions[size++] = second.positionOf(row);
      }
    }
    long discordant = KendallTau.countInversions(positions, new int[size], 0, size);
    return new RankAgreement(first, second, size, discordant);
  }

  /**
   * The agreement of the re-ranked pair, from this one.
   *
   * @param newFirst {@link Ranking#rerank} of this agreement's first ranking
   * @param newSecond {@link Ranking#rerank} of this agreement's second ranking, same rows changed
   * @param changedRows the rows that changed (duplicates allowed)
   * @return the agreement of {@code newFirst} and {@code newSecond}
   * @throws IllegalArgumentException if the rankings are not of the same candidates in the same
   *     rows as this agreement's
   */
  public RankAgreement after(RankingResult newFirst, RankingResult newSecond, int[] changedRows) {
    requireSameRows(newFirst, newSecond);
    if (changedRows == null || newFirst.size() != first.size()) {
      throw new IllegalArgumentException(
          "an update needs the changed rows and the same candidates in the same rows");
    }
    requireSameRows(first, newFirst);
    int[] rows = Arrays.stream(changedRows).distinct().sorted().toArray();
    if (rows.length > MAX_INCREMENTAL) {
      return of(newFirst, newSecond);
    }
    int n = size;
    for (int row : rows) {
      if (row < 0 || row >= newFirst.size()) {
        throw new IllegalArgumentException("row " + row + " is not a row of the rankings");
      }
      n -= first.completeAt(row) && second.completeAt(row) ? 1 : 0;
      n += newFirst.completeAt(row) && newSecond.completeAt(row) ? 1 : 0;
    }
    long updated =
        discordant
            - discordantInvolving(first, second, rows)
            + discordantInvolving(newFirst, newSecond, rows);
    return new RankAgreement(newFirst, newSecond, n, updated);
  }

  /**
   * The number of candidates τ is over: complete under both rankings.
   *
   * @return n
   */
  public int size() {
    return size;
  }

  /**
   * The pairs ordered oppositely by the two rankings.
   *
   * @return n_d
   */
  public long discordantPairs() {
    return discordant;
  }

  /**
   * Kendall's τ.
   *
   * @return τ in [−1, 1]
   * @throws IllegalStateException if fewer than two candidates are complete under both
   */
  public double coefficient() {
    if (size < 2) {
      throw new IllegalStateException(
          "Kendall's tau needs at least two candidates but got " + size);
    }
    long pairs = (long) size * (size - 1) / 2;
    return (double) (pairs - 2 * discordant) / pairs;
  }

  /** Discordant pairs, among rows complete under both, with at least one row in {@code rows}. */
  private static long discordantInvolving(RankingResult a, RankingResult b, int[] rows) {
    int n = a.size();
    long count = 0;
    for (int k = 0; k < rows.length; k++) {
      int c = rows[k];
      if (!(a.completeAt(c) && b.completeAt(c))) {
        continue;
      }
      int pa = a.positionOf(c);
      int pb = b.positionOf(c);
      for (int j = 0; j < n; j++) {
        if (j != c
            && a.completeAt(j)
            && b.completeAt(j)
            && (a.positionOf(j) < pa) != (b.positionOf(j) < pb)) {
          count++;
        }
      }
      // A pair of two changed rows was counted from both ends.
      for (int m = 0; m < k; m++) {
        int d = rows[m];
        if (a.completeAt(d)
            && b.completeAt(d)
            && (a.positionOf(d) < pa) != (b.positionOf(d) < pb)) {
          count--;
        }
      }
    }
    return count;
  }

  private static void requireSameRows(RankingResult a, RankingResult b) {
    if (a == null || b == null) {
      throw new IllegalArgumentException("rankings must not be null");
    }
    String[] ids = a.candidates().unsafeIds();
    String[] other = b.candidates().unsafeIds();
    if (ids != other && !Arrays.equals(ids, other)) {
      throw new IllegalArgumentException(
          "the rankings must rank the same candidates in the same rows");
    }
  }
}
