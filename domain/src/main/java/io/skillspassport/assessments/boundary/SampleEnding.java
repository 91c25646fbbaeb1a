package io.skillspassport.assessments.boundary;

/**
 * Why an adaptive attempt ended: one of the test's stopping rules, the time limit, the candidate,
 * or — for an attempt without a recorded reason — a fixed-form sample. The web tier puts it into
 * words; the boundary only says which.
 */
public enum SampleEnding {
  /** SE(θ) reached the family's target after the minimum number of items. */
  TARGET_SE_REACHED,
  /** The family's maximum number of scored items was given. */
  MAXIMUM_LENGTH,
  /** No further suitable item was left in the bank. */
  BANK_EXHAUSTED,
  /** The time limit ended the attempt; unreached items count wrong. */
  TIMED_OUT,
  /** The candidate ended the attempt; unreached items count wrong. */
  ENDED_BY_CANDIDATE,
  /** No reason recorded: a fixed-form sample, scored from the items answered. */
  FIXED_FORM;

  /**
   * The ending an attempt stored.
   *
   * @param stored the attempt's stored reason, or empty
   * @return the matching ending, {@link #FIXED_FORM} for none or an unknown one
   */
  static SampleEnding of(String stored) {
    for (SampleEnding ending : values()) {
      if (ending.name().equals(stored)) {
        return ending;
      }
    }
    return FIXED_FORM;
  }
}
