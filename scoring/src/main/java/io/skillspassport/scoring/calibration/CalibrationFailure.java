package io.skillspassport.scoring.calibration;

/**
 * The data cannot be calibrated under the requested model: the estimation did not converge, or a
 * parameter is not identified (an item everyone answered right, a flat likelihood, a singular
 * information matrix). Thrown instead of returning numbers that would look like estimates; the
 * message names the item and the reason.
 */
public final class CalibrationFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CalibrationFailure(String message) {
    super(message);
  }
}
