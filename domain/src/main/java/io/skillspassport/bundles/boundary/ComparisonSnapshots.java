package io.skillspassport.bundles.boundary;

import io.skillspassport.bundles.control.SharedScores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How much work the comparisons' shared-score snapshots have done since start-up, for the
 * operations metrics. Counts only — no organisation, candidate or score — so it checks no caller.
 */
@ApplicationScoped
public class ComparisonSnapshots {

  @Inject SharedScores snapshots;

  /** The counters now. */
  public Work work() {
    SharedScores.Work work = snapshots.work();
    return new Work(work.fullReads(), work.incrementalRefreshes(), work.candidatesReread());
  }

  /**
   * Counters of snapshot work since start-up.
   *
   * @param fullReads snapshots read from scratch (every shared score of an organisation)
   * @param incrementalRefreshes refreshes that re-read only the candidates whose results changed
   * @param candidatesReread candidates re-read by those refreshes
   */
  public record Work(long fullReads, long incrementalRefreshes, long candidatesReread) {}
}
