package io.skillspassport.assessments.boundary;

/** A calibration the portal refuses to run or publish; the message tells the admin why. */
public class CalibrationRejected extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CalibrationRejected(String message) {
    super(message);
  }
}
