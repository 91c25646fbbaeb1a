package io.skillspassport.scoring.equating;

import io.skillspassport.scoring.math.Arguments;
import io.skillspassport.scoring.scale.ReportingScale;
import io.skillspassport.scoring.scale.ScaledScore;
import java.util.Objects;

/**
 * An outside engine's score linked onto the reporting scale through its equating table, with a
 * standard error that carries both the engine's own measurement error and the error of the link.
 *
 * <ul>
 *   <li>{@code S* = e(x)}, the table's equivalent of the external score {@code x}
 *   <li>{@code SEM_ext,scale = |e′(x)|·SEM_ext}: the engine's standard error carried through the
 *       table by the delta method ({@link EquatingTable#slope})
 *   <li>{@code SEM = √(SEM_ext,scale² + SE_link²)}: the linking error {@code SE_link} (the standard
 *       error of equating, in scale points, which the admin enters with the table) is independent
 *       of the candidate's measurement error, so the two variances add
 *   <li>reported score, 95% band: as for every result, by {@link ReportingScale#scale} applied to
 *       {@code θ = (S* − center)/slope} and {@code SE(θ) = SEM/slope}, so imported results follow
 *       the same rounding, clamping and band rules as scores measured here
 * </ul>
 *
 * <p>Worked example (the unit test's fixture): table {@code (0, 400), (10, 500), (20, 700)}, {@code
 * x = 15}, {@code SEM_ext = 2}, {@code SE_link = 12}: {@code S* = 600}, {@code e′ = 20}, {@code
 * SEM_ext,scale = 40}, {@code SEM = √(1600 + 144) = √1744 = 41.761…}.
 *
 * @param externalScore the engine's score {@code x}
 * @param externalSem the engine's standard error {@code SEM_ext}, on its own scale
 * @param linkingError {@code SE_link}, in scale points
 * @param semFromEngine {@code SEM_ext,scale}
 * @param scaled the linked score on the reporting scale, with {@code sem} the combined SEM
 * @param theta {@code (S* − center)/slope}
 * @param thetaSe {@code SEM/slope}
 */
public record LinkedScore(
    double externalScore,
    double externalSem,
    double linkingError,
    double semFromEngine,
    ScaledScore scaled,
    double theta,
    double thetaSe) {

  /**
   * Links an external score.
   *
   * @param table the engine's equating table onto {@code scale}
   * @param scale the reporting scale
   * @param externalScore {@code x}, inside the table's range
   * @param externalSem {@code SEM_ext > 0}, on the engine's scale
   * @param linkingError {@code SE_link >= 0}, in scale points
   * @return the linked score
   * @throws IllegalArgumentException naming the bad value (a score outside the table, a negative or
   *     non-finite error, an equivalent off the reporting scale)
   */
  public static LinkedScore of(
      EquatingTable table,
      ReportingScale scale,
      double externalScore,
      double externalSem,
      double linkingError) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(scale, "scale");
    Arguments.finite(externalScore, "external score");
    Arguments.positive(externalSem, "external standard error");
    Arguments.nonNegative(linkingError, "linking error");
    double equivalent = table.equate(externalScore);
    scale.requireOnScale(
        equivalent, "equivalent of the external score " + externalScore + " on the scale");
    double fromEngine = Math.abs(table.slope(externalScore)) * externalSem;
    double sem = Math.hypot(fromEngine, linkingError);
    if (!(sem > 0)) {
      throw new IllegalArgumentException(
          "the linked standard error must be positive but was " + sem);
    }
    double theta = (equivalent - scale.center()) / scale.slope();
    double thetaSe = sem / scale.slope();
    return new LinkedScore(
        externalScore,
        externalSem,
        linkingError,
        fromEngine,
        scale.scale(theta, thetaSe),
        theta,
        thetaSe);
  }
}
