package io.skillspassport.assessments.boundary;

import java.io.Serializable;
import java.util.Locale;

/**
 * Parameter recovery on simulated responses: root-mean-square errors over the estimated items of
 * the calibration against the generating parameters, {@code RMSE = sqrt(Σ(est − true)² / n)} (for b
 * over every threshold of every estimated item), and, for comparison, of the provisional parameters
 * the calibration started from.
 *
 * @param candidates simulated candidates N
 * @param seed the seed
 * @param calibration the calibration on the simulated responses
 */
public record RecoveryCheck(
    int candidates,
    long seed,
    CalibrationPreview calibration,
    double rmseA,
    double rmseB,
    double provisionalRmseA,
    double provisionalRmseB)
    implements Serializable {

  /** The four RMSEs, three decimals each. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "RMSE a %.3f, b %.3f (the provisional values: a %.3f, b %.3f)",
        rmseA,
        rmseB,
        provisionalRmseA,
        provisionalRmseB);
  }
}
