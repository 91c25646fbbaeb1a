package io.skillspassport.assessments.entity;

/** Where an item's IRT parameters came from, so that nobody reads expert guesses as measurement. */
public enum ParameterStatus {
  /**
   * Expert-set by the bank's documented rule (e.g. a = 1.0, b from the writer's difficulty rating,
   * c = 1 / number of options) before any response data: not calibrated.
   */
  PROVISIONAL,
  /** Estimated from candidates' responses by a calibration, linked to the bank's scale. */
  CALIBRATED
}
