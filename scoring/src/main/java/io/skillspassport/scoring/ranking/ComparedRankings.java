package io.skillspassport.scoring.ranking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two rankings of the same candidates restricted to those complete under both, each in its own
 * order: the input of Kendall's τ when a ranking changes (a bundle against the role's published
 * weights).
 *
 * <p>Why complete candidates only: an incomplete candidate has no composite; {@link Ranking} puts
 * them after everyone else in id order, which is not a ranking. Counting them would add pairs whose
 * agreement reflects missing data (and which families each weighting requires), not the effect of
 * the weights. Ties among complete candidates are broken by candidate id in {@link Ranking}, so the
 * same τ is computed in every view. {@link #size()} is the n that τ is over and should be shown
 * with it.
 *
 * @param first ids complete under both, in the first ranking's order
 * @param second the same ids in the second ranking's order
 */
public record ComparedRankings(List<String> first, List<String> second) {

  /** Copies the lists. */
  public ComparedRankings {
    first = List.copyOf(first);
    second = List.copyOf(second);
  }

  /**
   * The candidates complete under both rankings.
   *
   * @param first a ranking
   * @param second a ranking of the same candidates under other criteria
   * @return both orders restricted to the common complete candidates
   */
  public static ComparedRankings of(RankingResult first, RankingResult second) {
    List<String> a = first.rankedIds().subList(0, first.completeCount());
    List<String> b = second.rankedIds().subList(0, second.completeCount());
    Set<String> inA = new HashSet<>(a);
    Set<String> both = new HashSet<>();
    List<String> secondOrder = new ArrayList<>();
    for (String id : b) {
      if (inA.contains(id)) {
        both.add(id);
        secondOrder.add(id);
      }
    }
    List<String> firstOrder = new ArrayList<>();
    for (String id : a) {
      if (both.contains(id)) {
        firstOrder.add(id);
      }
    }
    return new ComparedRankings(firstOrder, secondOrder);
  }

  /**
   * The number of candidates τ is computed over.
   *
   * @return n
   */
  public int size() {
    return first.size();
  }

  /**
   * τ with every swapped pair (O(n²)); requires {@code size() >= 2}.
   *
   * @return Kendall's τ between the two orders
   */
  public KendallTau tau() {
    return KendallTau.between(first, second);
  }

  /**
   * τ alone in O(n log n); requires {@code size() >= 2}.
   *
   * @return Kendall's τ between the two orders
   */
  public double coefficient() {
    return KendallTau.coefficient(first, second);
  }
}
