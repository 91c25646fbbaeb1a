package io.skillspassport.scoring.ranking;

import io.skillspassport.scoring.readiness.Verdict;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One candidate's place in a {@link RankingResult}.
 *
 * @param rank 1-based position
 * @param candidateId the candidate
 * @param verdict Ready / Borderline / Not yet, or Incomplete
 * @param composite {@code C}; empty when incomplete
 * @param compositeSem {@code SEM_C}; empty when incomplete
 * @param probabilityClears {@code P(true ≥ T)}; empty when incomplete
 * @param failedMinimums families below their minimum (present families only)
 * @param missingFamilies required families without a score
 */
public record RankedCandidate(
    int rank,
    String candidateId,
    Verdict verdict,
    OptionalDouble composite,
    OptionalDouble compositeSem,
    OptionalDouble probabilityClears,
    List<String> failedMinimums,
    List<String> missingFamilies) {

  /** Copies the lists. */
  public RankedCandidate {
    failedMinimums = List.copyOf(failedMinimums);
    missingFamilies = List.copyOf(missingFamilies);
  }
}
