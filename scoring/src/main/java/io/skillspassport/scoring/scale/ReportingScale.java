package io.skillspassport.scoring.scale;

import io.skillspassport.scoring.irt.ThetaEstimate;
import io.skillspassport.scoring.math.Arguments;

/**
 * The reporting scale: the linear map from θ to scale points and its reporting rules. All scale
 * constants are defined here once; {@link #standard()} is the Skills Passport scale.
 *
 * <ul>
 *   <li>unclamped score {@code S* = center + slope·θ} (standard: {@code 575 + 75·θ})
 *   <li>reported score {@code S = clamp(floor(S* + 0.5), minimum, maximum)} (round half up;
 *       standard 300–850)
 *   <li>{@code SEM = slope·SE(θ)}
 *   <li>band {@code [floor(M − z·SEM), ceil(M + z·SEM)]} clipped to the scale, {@code z = 1.96} for
 *       the standard 95% band (rounded outward so the band never understates the uncertainty),
 *       where the midpoint {@code M = S*} when {@code S*} lies on the scale and {@code M =
 *       clamp(S*)} (the reported end point) when it does not
 * </ul>
 *
 * <p>Why the midpoint moves when {@code S*} is off the scale: a band around {@code S* = 1025} with
 * {@code z·SEM = 176} clipped to the scale would be [848, 850] — two points wide although the
 * measurement is uncertain by ±176 — and for {@code S*} far enough out it would shrink to the
 * single point 850. Centring it on the reported 850 gives [673, 850]: it contains the reported
 * score and shows the full {@code z·SEM} on the side the scale has room for.
 *
 * <p>Binary floating point cannot represent most decimal θ exactly (575 + 75·0.3 evaluates to
 * 597.4999999999999), so {@code S*} and the band ends are rounded to 9 decimals before the half-up,
 * floor and ceiling rules are applied; the rules then act on the intended decimal value.
 *
 * @param center scale score at θ = 0 (finite)
 * @param slope scale points per unit θ (finite, {@code > 0})
 * @param minimum lowest reportable score
 * @param maximum highest reportable score ({@code > minimum})
 * @param bandZ normal multiplier of the reported band ({@code > 0}; 1.96 for 95%)
 */
public record ReportingScale(double center, double slope, int minimum, int maximum, double bandZ) {

  private static final ReportingScale STANDARD = new ReportingScale(575, 75, 300, 850, 1.96);
  private static final double SNAP = 1e9;

  /**
   * Validates the constants.
   *
   * @throws IllegalArgumentException naming the bad constant
   */
  public ReportingScale {
    Arguments.finite(center, "scale center");
    Arguments.positive(slope, "scale slope");
    Arguments.positive(bandZ, "band multiplier z");
    if (maximum <= minimum) {
      throw new IllegalArgumentException(
          "scale maximum must exceed the minimum " + minimum + " but was " + maximum);
    }
  }

  /**
   * The Skills Passport scale: 575 + 75·θ, reported 300–850, 95% band with z = 1.96.
   *
   * @return the standard scale
   */
  public static ReportingScale standard() {
    return STANDARD;
  }

  /**
   * The unclamped scale value {@code S* = center + slope·θ}.
   *
   * @param theta ability, finite
   * @return S*
   * @throws IllegalArgumentException if θ is not finite
   */
  public double unclamped(double theta) {
    return center + slope * Arguments.finite(theta, "theta");
  }

  /**
   * The reported score {@code clamp(floor(S* + 0.5), minimum, maximum)}.
   *
   * @param theta ability, finite
   * @return the reported integer score
   * @throws IllegalArgumentException if θ is not finite
   */
  public int reported(double theta) {
    return round(unclamped(theta));
  }

  /**
   * A score rounded half up and clamped to the scale: {@code clamp(floor(x + 0.5))}, applied to
   * {@code x} rounded to 9 decimals so that a value that is mathematically x.5 (e.g. the composite
   * 0.75·746 + 0.25·460 = 674.5, which evaluates to 674.4999999999999) rounds up. The one rounding
   * rule of every reported number on this scale: family scores and composites.
   *
   * @param score a scale value, finite
   * @return the reported integer
   * @throws IllegalArgumentException if the score is not finite
   */
  public int round(double score) {
    return clamp(Math.floor(snap(Arguments.finite(score, "score")) + 0.5));
  }

  /**
   * A scale value clipped to {@code [minimum, maximum]}.
   *
   * @param score a scale value, finite
   * @return {@code max(minimum, min(maximum, score))}
   * @throws IllegalArgumentException if the score is not finite
   */
  public double clip(double score) {
    return Math.max(minimum, Math.min(maximum, Arguments.finite(score, "score")));
  }

  /**
   * The width of the reportable range, {@code maximum − minimum} (550 on the standard scale).
   *
   * @return the number of scale points from one end to the other
   */
  public int span() {
    return maximum - minimum;
  }

  /**
   * Where a score lies along the scale, as a share of its width: {@code (clip(score) − minimum) /
   * (maximum − minimum)}, 0 at the minimum and 1 at the maximum. The one placement rule of every
   * chart axis that shows the scale (a chart maps the share onto its own pixels); a score off the
   * scale sits at the end it was clipped to.
   *
   * @param score a scale value, finite
   * @return the share in {@code [0, 1]}
   * @throws IllegalArgumentException if the score is not finite
   */
  public double fraction(double score) {
    return (clip(score) - minimum) / span();
  }

  /**
   * Scales an ability estimate and its standard error.
   *
   * @param theta ability, finite
   * @param thetaStandardError SE(θ), finite and {@code >= 0}
   * @return reported score, SEM and band
   * @throws IllegalArgumentException naming the bad value
   */
  public ScaledScore scale(double theta, double thetaStandardError) {
    double unclamped = unclamped(theta);
    double sem = slope * Arguments.nonNegative(thetaStandardError, "standard error of theta");
    double half = bandZ * sem;
    int reported = round(unclamped);
    boolean clamped = unclamped < minimum || unclamped > maximum;
    double middle = clamped ? clip(unclamped) : unclamped;
    int lower = clamp(Math.floor(snap(middle - half)));
    int upper = clamp(Math.ceil(snap(middle + half)));
    return new ScaledScore(unclamped, reported, sem, lower, upper, clamped);
  }

  /**
   * Scales a defined ability estimate (e.g. EAP with its posterior SD).
   *
   * @param estimate a defined estimate
   * @return reported score, SEM and band
   * @throws IllegalArgumentException if the estimate is undefined
   */
  public ScaledScore scale(ThetaEstimate estimate) {
    if (estimate == null || !estimate.isDefined()) {
      throw new IllegalArgumentException("cannot scale an undefined ability estimate: " + estimate);
    }
    return scale(estimate.requireTheta(), estimate.requireStandardError());
  }

  /**
   * Whether a score lies on the reportable range.
   *
   * @param score a score
   * @return {@code minimum <= score <= maximum}
   */
  public boolean contains(double score) {
    return score >= minimum && score <= maximum;
  }

  /**
   * Requires a score on the reportable range.
   *
   * @param score the score
   * @param what what the score is, for the message (e.g. "score of family 'COMMUNICATION'")
   * @return {@code score}
   * @throws IllegalArgumentException naming the value if it is not finite or off the scale
   */
  public double requireOnScale(double score, String what) {
    return Arguments.inRange(score, minimum, maximum, what);
  }

  private int clamp(double value) {
    return (int) Math.max(minimum, Math.min(maximum, value));
  }

  private static double snap(double value) {
    return Math.rint(value * SNAP) / SNAP;
  }
}
