package io.skillspassport.scoring.ranking;

import io.skillspassport.scoring.readiness.ReadinessCriteria;
import io.skillspassport.scoring.readiness.Verdict;
import io.skillspassport.scoring.readiness.WeightSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The result of {@link Ranking#rank}: candidates in rank order with composite, SEM, P(clears),
 * verdict, failed minimums and missing families. Per-candidate records are created on access, so a
 * ranking of 100,000 candidates costs a handful of arrays until it is read.
 */
public final class RankingResult {

  private static final Verdict[] VERDICTS = Verdict.values();

  private final CandidateScores candidates;
  private final ReadinessCriteria criteria;
  private final WeightSet weights;
  private final int[] order;
  private final int[] position;
  private final Ranking.Values values;
  private final double[] composite;
  private final double[] compositeSem;
  private final double[] probability;
  private final byte[] verdict;
  private final long[] missing;
  private final long[] failed;

  RankingResult(
      CandidateScores candidates,
      ReadinessCriteria criteria,
      int[] order,
      int[] position,
      Ranking.Values values) {
    this.candidates = candidates;
    this.criteria = criteria;
    this.weights = criteria.weights();
    this.order = order;
    this.position = position;
    this.values = values;
    this.composite = values.composite;
    this.compositeSem = values.compositeSem;
    this.probability = values.probability;
    this.verdict = values.verdict;
    this.missing = values.missing;
    this.failed = values.failed;
  }

  CandidateScores candidates() {
    return candidates;
  }

  ReadinessCriteria criteria() {
    return criteria;
  }

  Ranking.Values values() {
    return values;
  }

  int[] order() {
    return order;
  }

  /** 0-based position of a row. */
  int positionOf(int row) {
    return position[row];
  }

  boolean completeAt(int row) {
    return missing[row] == 0;
  }

  /**
   * The number of ranked candidates.
   *
   * @return size
   */
  public int size() {
    return order.length;
  }

  /**
   * The candidate at a 1-based rank.
   *
   * @param rank 1..size
   * @return the candidate's record
   * @throws IllegalArgumentException if the rank is out of range
   */
  public RankedCandidate atRank(int rank) {
    if (rank < 1 || rank > order.length) {
      throw new IllegalArgumentException(
          "rank must be within 1.." + order.length + " but was " + rank);
    }
    int i = order[rank - 1];
    boolean complete = missing[i] == 0;
    return new RankedCandidate(
        rank,
        candidates.id(i),
        VERDICTS[verdict[i]],
        complete ? OptionalDouble.of(composite[i]) : OptionalDouble.empty(),
        complete ? OptionalDouble.of(compositeSem[i]) : OptionalDouble.empty(),
        complete ? OptionalDouble.of(probability[i]) : OptionalDouble.empty(),
        families(failed[i]),
        families(missing[i]));
  }

  /**
   * The top {@code limit} candidates (or all, if fewer).
   *
   * @param limit maximum number of records
   * @return records in rank order
   */
  public List<RankedCandidate> top(int limit) {
    int n = Math.min(Math.max(limit, 0), order.length);
    List<RankedCandidate> list = new ArrayList<>(n);
    for (int r = 1; r <= n; r++) {
      list.add(atRank(r));
    }
    return list;
  }

  /**
   * All candidates in rank order.
   *
   * @return records in rank order
   */
  public List<RankedCandidate> all() {
    return top(order.length);
  }

  /**
   * The number of complete candidates (a composite computed from every required family); they hold
   * ranks {@code 1..completeCount()}.
   *
   * @return complete candidates
   */
  public int completeCount() {
    int n = 0;
    for (long m : missing) {
      if (m == 0) {
        n++;
      }
    }
    return n;
  }

  /**
   * The rank of the candidate in a row of the ranked {@link CandidateScores}, in O(1).
   *
   * @param row a row of the scores that were ranked
   * @return 1-based rank
   * @throws IllegalArgumentException if the row is out of range
   */
  public int rankOfRow(int row) {
    if (row < 0 || row >= position.length) {
      throw new IllegalArgumentException(
          "row must be within 0.." + (position.length - 1) + " but was " + row);
    }
    return position[row] + 1;
  }

  /**
   * Candidate ids in rank order (input for {@link KendallTau}).
   *
   * @return ids, best first
   */
  public List<String> rankedIds() {
    String[] ids = new String[order.length];
    for (int r = 0; r < order.length; r++) {
      ids[r] = candidates.id(order[r]);
    }
    return Arrays.asList(ids);
  }

  /**
   * The rank of every candidate.
   *
   * @return candidate id → 1-based rank
   */
  public Map<String, Integer> ranks() {
    Map<String, Integer> m = new HashMap<>();
    for (int r = 0; r < order.length; r++) {
      m.put(candidates.id(order[r]), r + 1);
    }
    return m;
  }

  /**
   * The composite of the candidate at a rank, without creating a record (NaN if incomplete).
   *
   * @param rank 1..size
   * @return C or NaN
   */
  public double compositeAtRank(int rank) {
    return composite[order[rank - 1]];
  }

  /**
   * P(clears) of the candidate at a rank, without creating a record (NaN if incomplete).
   *
   * @param rank 1..size
   * @return P(true ≥ T) or NaN
   */
  public double probabilityClearsAtRank(int rank) {
    return probability[order[rank - 1]];
  }

  private List<String> families(long mask) {
    if (mask == 0) {
      return List.of();
    }
    List<String> list = new ArrayList<>(Long.bitCount(mask));
    for (int k = 0; k < weights.size(); k++) {
      if ((mask & (1L << k)) != 0) {
        list.add(weights.family(k));
      }
    }
    return list;
  }
}
