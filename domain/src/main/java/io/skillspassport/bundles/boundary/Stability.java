package io.skillspassport.bundles.boundary;

import java.util.List;

/**
 * How far a bundle's ranking departs from the ranking under the role's published weights.
 *
 * @param tau Kendall's τ over the candidates complete under both weightings (ties by candidate id);
 *     null when fewer than two are
 * @param candidates n: the candidates τ is computed over (complete under both weightings)
 * @param discordantPairs pairs that swap order
 * @param swappedPairs the first swapped pairs (bundle's order first); empty when the candidates are
 *     too many to list pairs
 * @param pairsListed whether every swapped pair was computed (up to {@link
 *     Comparisons#MAX_PAIR_LISTING} candidates)
 */
public record Stability(
    Double tau,
    int candidates,
    long discordantPairs,
    List<Pair> swappedPairs,
    boolean pairsListed,
    int roleVersionNumber) {

  /** Ahead under the bundle, ahead under the role's published weights. */
  public record Pair(String aheadUnderBundle, String aheadUnderRole) {}
}
