package io.skillspassport.scoring.ranking;

import io.skillspassport.scoring.math.StandardNormal;
import io.skillspassport.scoring.readiness.Readiness;
import io.skillspassport.scoring.readiness.ReadinessCriteria;
import io.skillspassport.scoring.readiness.Verdict;
import io.skillspassport.scoring.readiness.WeightSet;

/**
 * Ranks many candidates against one {@link ReadinessCriteria}: per candidate the composite {@code C
 * = Σ w̃_i S_i}, {@code SEM_C = √(Σ w̃_i² SEM_i²)}, {@code P(true ≥ T) = Φ((C − T)/SEM_C)}, the
 * verdict and the failed minimums, exactly as {@link Readiness#assess} computes them for one
 * passport.
 *
 * <p>Order: complete candidates by composite descending, ties by candidate id ascending; then
 * incomplete candidates (a weighted family or a family with a minimum missing) by candidate id. Why
 * ids and not insertion order: the rows come from a database query whose order is not guaranteed,
 * and every view (pages, CSV, side by side, stability) must place tied candidates the same way; the
 * id is the one stable key they all share.
 *
 * <p>Cost: one pass over the flat score arrays with no per-candidate allocation, a fast Φ ({@link
 * StandardNormal#cdf}) and a stable merge sort of an {@code int[]} index, O(n·f + n log n). Limit:
 * at most 64 families in the weight set (missing/failed families are kept as bit masks).
 */
public final class Ranking {

  private Ranking() {}

  /**
   * Ranks the candidates.
   *
   * @param candidates the candidates' scores
   * @param criteria weights, threshold and minimums
   * @return the ranking
   * @throws IllegalArgumentException if an argument is null or the weight set has more than 64
   *     families
   */
  public static RankingResult rank(CandidateScores candidates, ReadinessCriteria criteria) {
    if (candidates == null || criteria == null) {
      throw new IllegalArgumentException("candidates and criteria must not be null");
    }
    Plan plan = Plan.of(candidates, criteria);
    int n = candidates.size();
    Values values = new Values(n);
    int completeCount = 0;
    for (int i = 0; i < n; i++) {
      plan.evaluate(candidates, i, values);
      if (values.missing[i] == 0) {
        completeCount++;
      }
    }
    int[] order = new int[n];
    int head = 0;
    int tail = completeCount;
    for (int i = 0; i < n; i++) {
      if (values.missing[i] == 0) {
        order[head++] = i;
      } else {
        order[tail++] = i;
      }
    }
    String[] ids = candidates.unsafeIds();
    sortDescending(order, completeCount, values.composite, ids);
    sortByIdFrom(order, completeCount, ids);
    return new RankingResult(candidates, criteria, order, positions(order), values);
  }

  /**
   * The ranking of a snapshot in which a few candidates' scores changed, derived from the ranking
   * of the snapshot before: the same result as {@link #rank} of {@code candidates} by the same
   * criteria — the same order, ties included, and the same figures, bit for bit — at the cost of
   * what changed.
   *
   * <p>How: the changed rows are evaluated again by the same per-row arithmetic as {@link #rank};
   * they are taken out of the previous order and each is put back at the place binary search finds
   * for it under the ranking's total order (complete before incomplete; composite descending, then
   * id ascending; incomplete by id). That order is strict — ids are unique — so a sorted array has
   * exactly one arrangement and inserting into the others' unchanged relative order gives the
   * arrangement the full sort gives. Cost: O(k·(f + log n)) comparisons for k changed rows, plus
   * O(n) copies of the primitive arrays (a published ranking is never modified, since a page or a
   * CSV may still be reading it) — against O(n·f + n log n) with string comparisons for a full
   * rank.
   *
   * @param previous the ranking of the snapshot before
   * @param candidates the new snapshot: the same candidates in the same rows as {@code previous}'s
   *     (as {@link CandidateScores#withRows} makes it)
   * @param changedRows the rows whose scores may differ (duplicates allowed)
   * @return the ranking of {@code candidates} by {@code previous}'s criteria
   * @throws IllegalArgumentException if an argument is null, a row is out of range, or {@code
   *     candidates} does not hold the same candidates in the same rows
   */
  public static RankingResult rerank(
      RankingResult previous, CandidateScores candidates, int[] changedRows) {
    if (previous == null || candidates == null || changedRows == null) {
      throw new IllegalArgumentException("previous, candidates and changedRows must not be null");
    }
    CandidateScores before = previous.candidates();
    if (candidates.unsafeIds() != before.unsafeIds()
        && !java.util.Arrays.equals(candidates.unsafeIds(), before.unsafeIds())) {
      throw new IllegalArgumentException(
          "a re-rank needs the same candidates in the same rows as the previous ranking");
    }
    if (!candidates.families().equals(before.families())) {
      throw new IllegalArgumentException(
          "a re-rank needs the same family columns as the previous ranking but got "
              + candidates.families()
              + " after "
              + before.families());
    }
    int n = candidates.size();
    int[] rows = java.util.Arrays.stream(changedRows).distinct().sorted().toArray();
    for (int row : rows) {
      if (row < 0 || row >= n) {
        throw new IllegalArgumentException("row " + row + " is not in 0.." + (n - 1));
      }
    }
    Plan plan = Plan.of(candidates, previous.criteria());
    Values values = previous.values().copy();
    for (int row : rows) {
      plan.evaluate(candidates, row, values);
    }
    int[] oldPositions = new int[rows.length];
    for (int k = 0; k < rows.length; k++) {
      oldPositions[k] = previous.positionOf(rows[k]);
    }
    java.util.Arrays.sort(oldPositions);
    int[] previousOrder = previous.order();
    int[] order = new int[n];
    int kept = 0;
    int from = 0;
    for (int position : oldPositions) {
      System.arraycopy(previousOrder, from, order, kept, position - from);
      kept += position - from;
      from = position + 1;
    }
    System.arraycopy(previousOrder, from, order, kept, n - from);
    kept += n - from;
    String[] ids = candidates.unsafeIds();
    for (int row : rows) {
      int lo = 0;
      int hi = kept;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (precedes(order[mid], row, values, ids)) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      System.arraycopy(order, lo, order, lo + 1, kept - lo);
      order[lo] = row;
      kept++;
    }
    return new RankingResult(candidates, previous.criteria(), order, positions(order), values);
  }

  /** The ranking's total order: does row {@code a} come before row {@code b}? */
  private static boolean precedes(int a, int b, Values values, String[] ids) {
    boolean aComplete = values.missing[a] == 0;
    boolean bComplete = values.missing[b] == 0;
    if (aComplete != bComplete) {
      return aComplete;
    }
    if (aComplete && values.composite[a] != values.composite[b]) {
      return values.composite[a] > values.composite[b];
    }
    return ids[a].compareTo(ids[b]) < 0;
  }

  /** position (0-based rank) of every row. */
  private static int[] positions(int[] order) {
    int[] position = new int[order.length];
    for (int p = 0; p < order.length; p++) {
      position[order[p]] = p;
    }
    return position;
  }

  /**
   * The criteria resolved against the score columns, shared by {@link #rank} and {@link #rerank}.
   */
  private record Plan(
      int nf, int[] column, double[] w, int[] minimum, boolean[] required, double threshold) {

    static Plan of(CandidateScores candidates, ReadinessCriteria criteria) {
      WeightSet weights = criteria.weights();
      int nw = weights.size();
      if (nw > 64) {
        throw new IllegalArgumentException("ranking supports at most 64 families but got " + nw);
      }
      int[] column = new int[nw];
      double[] w = new double[nw];
      int[] minimum = new int[nw];
      boolean[] required = new boolean[nw];
      for (int k = 0; k < nw; k++) {
        String family = weights.family(k);
        column[k] = candidates.columnOf(family);
        w[k] = weights.normalisedWeight(k);
        Integer min = criteria.minimums().get(family);
        minimum[k] = min == null ? Integer.MIN_VALUE : min;
        required[k] = w[k] > 0 || min != null;
      }
      return new Plan(
          candidates.families().size(), column, w, minimum, required, criteria.threshold());
    }

    /** Candidate {@code i}'s composite, SEM, P(clears), verdict and masks into {@code out}. */
    void evaluate(CandidateScores candidates, int i, Values out) {
      int[] scores = candidates.unsafeScores();
      double[] sems = candidates.unsafeSems();
      int row = i * nf;
      double c = 0;
      double v = 0;
      long miss = 0;
      long fail = 0;
      for (int k = 0; k < column.length; k++) {
        int col = column[k];
        int s = col < 0 ? CandidateScores.MISSING : scores[row + col];
        if (s == CandidateScores.MISSING) {
          if (required[k]) {
            miss |= 1L << k;
          }
          continue;
        }
        if (s < minimum[k]) {
          fail |= 1L << k;
        }
        double e = sems[row + col];
        c += w[k] * s;
        v += w[k] * w[k] * e * e;
      }
      out.missing[i] = miss;
      out.failed[i] = fail;
      if (miss != 0) {
        out.verdict[i] = (byte) Verdict.INCOMPLETE.ordinal();
        out.composite[i] = Double.NaN;
        out.compositeSem[i] = Double.NaN;
        out.probability[i] = Double.NaN;
        return;
      }
      double sem = Math.sqrt(v);
      out.composite[i] = c;
      out.compositeSem[i] = sem;
      out.probability[i] =
          sem == 0 ? (c >= threshold ? 1 : 0) : StandardNormal.cdf((c - threshold) / sem);
      out.verdict[i] = (byte) Readiness.verdict(c, sem, threshold).ordinal();
    }
  }

  /** The per-row figures of a ranking, indexed by row. */
  static final class Values {
    final double[] composite;
    final double[] compositeSem;
    final double[] probability;
    final byte[] verdict;
    final long[] missing;
    final long[] failed;

    Values(int n) {
      this(new double[n], new double[n], new double[n], new byte[n], new long[n], new long[n]);
    }

    private Values(
        double[] composite,
        double[] compositeSem,
        double[] probability,
        byte[] verdict,
        long[] missing,
        long[] failed) {
      this.composite = composite;
      this.compositeSem = compositeSem;
      this.probability = probability;
      this.verdict = verdict;
      this.missing = missing;
      this.failed = failed;
    }

    Values copy() {
      return new Values(
          composite.clone(),
          compositeSem.clone(),
          probability.clone(),
          verdict.clone(),
          missing.clone(),
          failed.clone());
    }
  }

  /** Sorts {@code order[from..)} (the incomplete candidates) by id. */
  private static void sortByIdFrom(int[] order, int from, String[] ids) {
    Integer[] tail = new Integer[order.length - from];
    for (int i = 0; i < tail.length; i++) {
      tail[i] = order[from + i];
    }
    java.util.Arrays.sort(tail, (x, y) -> ids[x].compareTo(ids[y]));
    for (int i = 0; i < tail.length; i++) {
      order[from + i] = tail[i];
    }
  }

  /**
   * Merge sort of {@code order[0..length)} by {@code key} descending, equal keys by {@code ids}
   * ascending. The keys are copied next to the indices and merged in tandem, so every pass reads
   * memory sequentially; ids are only read for equal keys.
   */
  private static void sortDescending(int[] order, int length, double[] key, String[] ids) {
    double[] k = new double[length];
    for (int i = 0; i < length; i++) {
      k[i] = key[order[i]];
    }
    int[] idx = order;
    double[] k2 = new double[length];
    int[] idx2 = new int[length];
    for (int width = 1; width < length; width *= 2) {
      for (int lo = 0; lo < length; lo += 2 * width) {
        int mid = Math.min(lo + width, length);
        int hi = Math.min(lo + 2 * width, length);
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
          if (k[j] > k[i] || (k[j] == k[i] && ids[idx[j]].compareTo(ids[idx[i]]) < 0)) {
            k2[o] = k[j];
            idx2[o++] = idx[j++];
          } else {
            k2[o] = k[i];
            idx2[o++] = idx[i++];
          }
        }
        while (i < mid) {
          k2[o] = k[i];
          idx2[o++] = idx[i++];
        }
        while (j < hi) {
          k2[o] = k[j];
          idx2[o++] = idx[j++];
        }
      }
      double[] swapK = k;
      k = k2;
      k2 = swapK;
      int[] swapI = idx;
      idx = idx2;
      idx2 = swapI;
    }
    if (idx != order) {
      System.arraycopy(idx, 0, order, 0, length);
    }
  }
}
