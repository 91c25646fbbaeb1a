package io.skillspassport.assessments.boundary;

import io.skillspassport.platform.boundary.SerialRecord;
import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The classical statistics of one active item from finished attempts.
 *
 * @param code item code
 * @param kind {@code TWO_PL} (right/wrong, 2PL or 3PL) or {@code GRADED_RESPONSE}
 * @param pretest whether the item is served unscored to collect responses
 * @param parameterStatus {@code PROVISIONAL} or {@code CALIBRATED}
 * @param calibrationResponses responses the calibration behind CALIBRATED parameters used (0 if
 *     none)
 * @param calibratedOn ISO date of that calibration, empty text if none
 * @param responses attempts with a response to the item
 * @param meanScore proportion correct (right/wrong) or mean category (graded); NaN without
 *     responses
 * @param pointBiserial correlation of the item score with the attempt's rest score, if defined
 * @param exposure share of finished attempts that served the item
 */
public record ItemStatistic(
    String code,
    String kind,
    boolean pretest,
    String parameterStatus,
    int calibrationResponses,
    String calibratedOn,
    int responses,
    double meanScore,
    OptionalDouble pointBiserial,
    double exposure)
    implements Serializable {

  /** Serialized through {@link SerialRecord}: its optional components are not serializable. */
  @Serial
  private Object writeReplace() {
    return SerialRecord.of(this);
  }

  /** Whether the item is a graded-response item (its mean score is a mean category). */
  public boolean graded() {
    return "GRADED_RESPONSE".equals(kind);
  }

  /** The mean score with two decimals, "–" without responses. */
  public String meanScoreText() {
    return Double.isNaN(meanScore) ? "–" : String.format(Locale.ROOT, "%.2f", meanScore);
  }

  /** The point-biserial with two decimals, "–" where undefined. */
  public String pointBiserialText() {
    return pointBiserial.isPresent()
        ? String.format(Locale.ROOT, "%.2f", pointBiserial.getAsDouble())
        : "–";
  }

  /** The exposure rate as a percentage with one decimal. */
  public String exposureText() {
    return String.format(Locale.ROOT, "%.1f %%", 100 * exposure);
  }

  /** Whether the item has the responses a calibration needs to estimate it. */
  public boolean enoughForCalibration() {
    return responses
        >= io.skillspassport.assessments.control.FixedParameterCalibration.MIN_RESPONSES;
  }
}
