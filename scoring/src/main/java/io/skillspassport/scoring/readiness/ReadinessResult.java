package io.skillspassport.scoring.readiness;

import java.util.List;

/**
 * The outcome of {@link Readiness#assess}: either a {@link Complete} composite with its uncertainty
 * and verdict, or an {@link Incomplete} passport listing the missing families (no composite is
 * invented for it).
 */
public sealed interface ReadinessResult
    permits ReadinessResult.Complete, ReadinessResult.Incomplete {

  /**
   * The verdict; {@link Verdict#INCOMPLETE} for an incomplete passport.
   *
   * @return the verdict
   */
  Verdict verdict();

  /**
   * Families whose score is below the criteria's minimum (only families present in the passport).
   *
   * @return failed minimums in criteria order
   */
  List<FailedMinimum> failedMinimums();

  /**
   * The readiness threshold T.
   *
   * @return T
   */
  double threshold();

  /**
   * Whether the candidate is ready: verdict {@link Verdict#READY} and no failed minimum.
   *
   * @return true if ready and every must-have is met
   */
  default boolean isReady() {
    return verdict() == Verdict.READY && failedMinimums().isEmpty();
  }

  /**
   * A composite computed from every weighted family.
   *
   * @param threshold T
   * @param composite {@code C = Σ w̃_i S_i}
   * @param compositeRounded {@code C} rounded half up by {@link
   *     io.skillspassport.scoring.scale.ReportingScale#round}
   * @param compositeSem {@code SEM_C = √(Σ w̃_i² SEM_i²)}
   * @param z {@code (C − T)/SEM_C}; ±∞ when {@code SEM_C = 0}
   * @param probabilityAtLeastThreshold {@code P(true ≥ T) = Φ(z)}
   * @param band68 {@code C ± 1·SEM_C}, clipped to the scale
   * @param band90 {@code C ± 1.644854·SEM_C}, clipped to the scale
   * @param band95 {@code C ± 1.959964·SEM_C}, clipped to the scale
   * @param verdict Ready / Borderline / Not yet
   * @param failedMinimums families below their minimum
   * @param contributions the weighted families (weight &gt; 0) in weight-set order
   */
  record Complete(
      double threshold,
      double composite,
      int compositeRounded,
      double compositeSem,
      double z,
      double probabilityAtLeastThreshold,
      CompositeBand band68,
      CompositeBand band90,
      CompositeBand band95,
      Verdict verdict,
      List<FailedMinimum> failedMinimums,
      List<FamilyContribution> contributions)
      implements ReadinessResult {

    /** Copies the lists. */
    public Complete {
      failedMinimums = List.copyOf(failedMinimums);
      contributions = List.copyOf(contributions);
    }
  }

  /**
   * A passport missing at least one required family.
   *
   * @param threshold T
   * @param missingFamilies weighted families (and families with a minimum) absent from the passport
   * @param failedMinimums present families below their minimum
   */
  record Incomplete(
      double threshold, List<String> missingFamilies, List<FailedMinimum> failedMinimums)
      implements ReadinessResult {

    /** Copies the lists. */
    public Incomplete {
      missingFamilies = List.copyOf(missingFamilies);
      failedMinimums = List.copyOf(failedMinimums);
    }

    @Override
    public Verdict verdict() {
      return Verdict.INCOMPLETE;
    }
  }
}
