package io.skillspassport.scoring.cat;

/** Why an adaptive test ends. */
public enum StopReason {
  /** The posterior SD reached the target SE after at least the minimum number of items. */
  TARGET_SE_REACHED,
  /** The maximum number of operational items was given. */
  MAXIMUM_LENGTH,
  /** No eligible item is left (bank used up, excluded or set aside). */
  BANK_EXHAUSTED
}
