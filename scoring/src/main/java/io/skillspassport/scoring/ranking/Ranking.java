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
    WeightSet weights = criteria.weights();
    int nw = weights.size();
    if (nw > 64) {
      throw new IllegalArgumentException("ranking supports at most 64 families but got " + nw);
    }
    int nf = candidates.families().size();
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
    int n = candidates.size();
    int[] scores = candidates.unsafeScores();
    double[] sems = candidates.unsafeSems();
    double t = criteria.threshold();
    double[] composite = new double[n];
    double[] compositeSem = new double[n];
    double[] probability = new double[n];
    byte[] verdict = new byte[n];
    long[] missing = new long[n];
    long[] failed = new long[n];
    int completeCount = 0;
    for (int i = 0; i < n; i++) {
      int row = i * nf;
      double c = 0;
      double v = 0;
      long miss = 0;
      long fail = 0;
      for (int k = 0; k < nw; k++) {
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
      missing[i] = miss;
      failed[i] = fail;
      if (miss != 0) {
        verdict[i] = (byte) Verdict.INCOMPLETE.ordinal();
        composite[i] = Double.NaN;
        compositeSem[i] = Double.NaN;
        probability[i] = Double.NaN;
        continue;
      }
      completeCount++;
      double sem = Math.sqrt(v);
      composite[i] = c;
      compositeSem[i] = sem;
      probability[i] = sem == 0 ? (c >= t ? 1 : 0) : StandardNormal.cdf((c - t) / sem);
      verdict[i] = (byte) Readiness.verdict(c, sem, t).ordinal();
    }
    int[] order = new int[n];
    int head = 0;
    int tail = completeCount;
    for (int i = 0; i < n; i++) {
      if (missing[i] == 0) {
        order[head++] = i;
      } else {
        order[tail++] = i;
      }
    }
    String[] ids = candidates.unsafeIds();
    sortDescending(order, completeCount, composite, ids);
    sortByIdFrom(order, completeCount, ids);
    return new RankingResult(
        candidates, weights, order, composite, compositeSem, probability, verdict, missing, failed);
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
