package io.skillspassport.scoring.readiness;

import io.skillspassport.scoring.math.StandardNormal;
import io.skillspassport.scoring.scale.ReportingScale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Gap analysis of a complete readiness result: per weighted family, how much a point gained there
 * moves the composite and P(clears), how far the family alone would have to move to reach the
 * threshold, and its weighted shortfall.
 *
 * <p>With {@code z = (C − T)/SEM_C}: gain per point {@code w̃_i}; {@code dP/dS_i = φ(z) w̃_i /
 * SEM_C}; headroom {@code max − S_i}; max composite gain {@code w̃_i·headroom}; points needed alone
 * {@code max(0, T − C)/w̃_i}, feasible alone if within the headroom; weighted shortfall {@code w̃_i
 * · max(0, T − S_i)}.
 *
 * <p>Order (for explanation): weighted shortfall descending, ties by normalised weight descending,
 * then family identifier.
 *
 * <p>Edge cases: a candidate already at or above T needs 0 points (feasible); with {@code SEM_C =
 * 0} {@code dP/dS_i} is reported as 0 (P is a step function). Reference values: {@code
 * composite_gap_analysis.tsv}.
 */
public final class GapAnalysis {

  private static final Comparator<FamilyGap> EXPLANATION_ORDER =
      Comparator.comparingDouble(FamilyGap::weightedShortfall)
          .reversed()
          .thenComparing(Comparator.comparingDouble(FamilyGap::normalisedWeight).reversed())
          .thenComparing(FamilyGap::family);

  private GapAnalysis() {}

  /**
   * Gap analysis on the standard scale.
   *
   * @param result a complete readiness result
   * @return one entry per weighted family, in explanation order
   */
  public static List<FamilyGap> of(ReadinessResult.Complete result) {
    return of(result, ReportingScale.standard());
  }

  /**
   * Gap analysis.
   *
   * @param result a complete readiness result
   * @param scale the scale of the scores (for the headroom and the points per θ SD)
   * @return one entry per weighted family, in explanation order
   */
  public static List<FamilyGap> of(ReadinessResult.Complete result, ReportingScale scale) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(scale, "scale");
    double t = result.threshold();
    double c = result.composite();
    double semC = result.compositeSem();
    double density = semC == 0 ? 0 : StandardNormal.pdf(result.z()) / semC;
    List<FamilyGap> gaps = new ArrayList<>();
    for (FamilyContribution f : result.contributions()) {
      double w = f.normalisedWeight();
      int headroom = scale.maximum() - f.score();
      double needed = Math.max(0, t - c) / w;
      gaps.add(
          new FamilyGap(
              f.family(),
              f.score(),
              f.sem(),
              w,
              w,
              density * w,
              headroom,
              w * headroom,
              needed,
              needed <= headroom,
              w * scale.slope(),
              w * Math.max(0, t - f.score()),
              needed > 0 && needed <= f.sem()));
    }
    gaps.sort(EXPLANATION_ORDER);
    return List.copyOf(gaps);
  }
}
