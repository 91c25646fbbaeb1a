package io.skillspassport.scoring.readiness;

import java.util.Objects;

/**
 * The concrete step a candidate is told about for one family of a {@link GapAnalysis}: how many
 * family points to gain, what that does to the composite, and whether the gain can be told apart
 * from the composite's measurement noise. The arithmetic lives here so that a view only puts the
 * numbers into words.
 *
 * <ul>
 *   <li>reaches the threshold alone: {@code 0 < pointsNeededAlone ≤ headroom}
 *   <li>step {@code s = ⌈pointsNeededAlone⌉} when it reaches the threshold alone, otherwise {@code
 *       min(}{@value #STANDARD_STEP}{@code , headroom)}; {@code s = 0} means the family is at the
 *       top of the scale
 *   <li>composite gain {@code w̃_i · s}
 *   <li>beyond the scale: {@code pointsNeededAlone > 0} but above the headroom; then {@code
 *       ⌈pointsNeededAlone⌉} is the whole number of points it would need
 *   <li>within the composite's noise: {@code w̃_i · s < SEM_C} (a gain that size could not be told
 *       apart from measuring again)
 * </ul>
 *
 * <p>The ceilings act on {@code pointsNeededAlone − 1e-9}, so a need that is mathematically a whole
 * number (e.g. 7 from 2.1/0.3, which evaluates to 7.000000000000001) is not reported as one point
 * more.
 *
 * @param points the step {@code s} in family points (0 when the family is at the top)
 * @param compositeGain {@code w̃_i · s}
 * @param reachesThreshold whether {@code s} alone brings the composite to the threshold
 * @param beyondScale whether the family alone would need more than its headroom
 * @param pointsNeededAlone {@code ⌈pointsNeededAlone⌉}, whole points (0 when already at T)
 * @param headroom {@code max − S_i}
 * @param withinCompositeNoise {@code compositeGain < SEM_C} (false when {@code s = 0})
 */
public record GapStep(
    int points,
    double compositeGain,
    boolean reachesThreshold,
    boolean beyondScale,
    int pointsNeededAlone,
    int headroom,
    boolean withinCompositeNoise) {

  /** The step, in family points, when no family-alone target exists or is reachable. */
  public static final int STANDARD_STEP = 50;

  private static final double WHOLE = 1e-9;

  /**
   * The step for one family of a gap analysis.
   *
   * @param gap the family's gap entry
   * @param compositeSem {@code SEM_C} of the composite the analysis was made for ({@code >= 0})
   * @return the step
   */
  public static GapStep of(FamilyGap gap, double compositeSem) {
    Objects.requireNonNull(gap, "gap");
    return of(
        gap.normalisedWeight(),
        gap.pointsNeededAlone(),
        gap.feasibleAlone(),
        gap.headroom(),
        compositeSem);
  }

  /**
   * The step from the numbers of a gap entry.
   *
   * @param normalisedWeight {@code w̃_i}
   * @param pointsNeededAlone {@code max(0, T − C)/w̃_i}
   * @param feasibleAlone {@code pointsNeededAlone ≤ headroom}
   * @param headroom {@code max − S_i}
   * @param compositeSem {@code SEM_C}
   * @return the step
   */
  public static GapStep of(
      double normalisedWeight,
      double pointsNeededAlone,
      boolean feasibleAlone,
      int headroom,
      double compositeSem) {
    boolean needed = pointsNeededAlone > 0;
    int neededWhole = needed ? (int) Math.ceil(pointsNeededAlone - WHOLE) : 0;
    boolean reaches = needed && feasibleAlone;
    int points = reaches ? neededWhole : Math.max(0, Math.min(STANDARD_STEP, headroom));
    double gain = points * normalisedWeight;
    return new GapStep(
        points,
        gain,
        reaches,
        needed && !feasibleAlone,
        neededWhole,
        headroom,
        points > 0 && gain < compositeSem);
  }

  /**
   * Whether the family has nothing left to gain (it is at the top of the scale).
   *
   * @return {@code points == 0}
   */
  public boolean atTop() {
    return points == 0;
  }
}
