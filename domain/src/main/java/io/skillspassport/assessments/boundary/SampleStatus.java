package io.skillspassport.assessments.boundary;

/** Where a candidate stands with one family's sample. */
public enum SampleStatus {
  /** No attempt yet. */
  NEVER_TAKEN,
  /** An attempt is open; starting again resumes it. */
  IN_PROGRESS,
  /** Submitted recently; a retake opens when the cooldown ends. */
  COOLDOWN,
  /** Submitted before and the cooldown is over. */
  CAN_RETAKE
}
