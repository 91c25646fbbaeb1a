package io.skillspassport.assessments.entity;

/** Where an attempt stands. */
public enum AttemptStatus {
  /** Started; answers can still be saved and changed. */
  IN_PROGRESS,
  /** Scored; the answers are final. */
  SUBMITTED,
  /**
   * Left aside: it was in progress beside another attempt of the same family (a start race before
   * the database allowed only one), and the migration kept the other. Its answers stay but no
   * longer change or count.
   */
  SUPERSEDED,
  /**
   * Ended (time limit, or ended by the candidate) before the minimum number of scored items: no
   * score, by the unreached-item rule.
   */
  ENDED_UNSCORED
}
