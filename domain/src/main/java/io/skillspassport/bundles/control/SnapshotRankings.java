package io.skillspassport.bundles.control;

import io.skillspassport.scoring.ranking.CandidateScores;
import io.skillspassport.scoring.ranking.RankAgreement;
import io.skillspassport.scoring.ranking.Ranking;
import io.skillspassport.scoring.ranking.RankingResult;
import io.skillspassport.scoring.readiness.ReadinessCriteria;
import java.util.Optional;

/**
 * The rankings of comparison snapshots ({@link SharedScores.Shared}) and the agreement (Kendall's
 * τ) between two of them, kept for the last few snapshots and carried forward from one snapshot to
 * the next instead of computed again.
 *
 * <p>Why: a page view, its next page and its export rank the same snapshot by the same criteria, so
 * each ranking is computed once per snapshot. When results arrive every second, every snapshot is
 * new, and ranking 100,000 candidates twice and counting τ between the two rankings from scratch
 * cost about 90 ms of CPU per new snapshot (measured with {@code ComparisonChurn}, see the README)
 * — most of a page. A snapshot that differs from the one before only in a few candidates' scores
 * ({@link SharedScores.Rescored}) is ranked by {@link Ranking#rerank} from the kept ranking of the
 * snapshot before, and τ by {@link RankAgreement#after}; both give exactly what the full
 * computation gives (tested in the scoring module against a full re-rank after random changes).
 * When the ranking of the snapshot before is no longer kept, or candidates joined or left, the full
 * computation runs.
 *
 * <p>Thread-safe: results are immutable and the caches are synchronised; two requests that race may
 * both compute the same result, which is harmless.
 */
public final class SnapshotRankings {

  private final RecentResults<RankingKey, RankingResult> rankings;

  private final RecentResults<AgreementKey, RankAgreement> agreements;

  /** Keeps the results of the last {@code capacity} snapshot and criteria pairs. */
  public SnapshotRankings(int capacity) {
    rankings = new RecentResults<>(capacity);
    agreements = new RecentResults<>(capacity);
  }

  private record RankingKey(CandidateScores scores, ReadinessCriteria criteria) {}

  private record AgreementKey(
      CandidateScores scores, ReadinessCriteria first, ReadinessCriteria second) {}

  /** The ranking of a snapshot by criteria. */
  public RankingResult ranked(SharedScores.Shared shared, ReadinessCriteria criteria) {
    return rankings.get(
        new RankingKey(shared.scores(), criteria),
        key ->
            previous(shared)
                .flatMap(r -> rankings.kept(new RankingKey(r.previous(), criteria)))
                .map(
                    before ->
                        Ranking.rerank(before, shared.scores(), shared.rescored().get().rows()))
                .orElseGet(() -> Ranking.rank(shared.scores(), criteria)));
  }

  /** Kendall's τ between the rankings of a snapshot by two criteria. */
  public RankAgreement agreement(
      SharedScores.Shared shared, ReadinessCriteria first, ReadinessCriteria second) {
    return agreements.get(
        new AgreementKey(shared.scores(), first, second),
        key -> {
          RankingResult a = ranked(shared, first);
          RankingResult b = ranked(shared, second);
          return previous(shared)
              .flatMap(r -> agreements.kept(new AgreementKey(r.previous(), first, second)))
              .map(before -> before.after(a, b, shared.rescored().get().rows()))
              .orElseGet(() -> RankAgreement.of(a, b));
        });
  }

  private static Optional<SharedScores.Rescored> previous(SharedScores.Shared shared) {
    return shared.rescored();
  }
}
