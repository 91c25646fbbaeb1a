package io.skillspassport.assessments.entity;

/** Where an attempt stands. */
public enum AttemptStatus {
  /** Started; answers can still be saved and changed. */
  IN_PROGRESS,
  /** Scored; the answers are final. */
  SUBMITTED
}
