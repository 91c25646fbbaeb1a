package io.skillspassport.scoring.readiness;

/**
 * The readiness verdict for a composite {@code C} with standard error {@code SEM_C} against a
 * threshold {@code T} (one-sided 95% rule, {@code z = 1.645}).
 *
 * <ul>
 *   <li>{@link #READY}: {@code C − 1.645·SEM_C ≥ T}
 *   <li>{@link #NOT_YET}: {@code C + 1.645·SEM_C < T}
 *   <li>{@link #BORDERLINE}: otherwise
 *   <li>{@link #INCOMPLETE}: a weighted family (or a family with a minimum) is missing from the
 *       passport, so no composite is computed
 * </ul>
 */
public enum Verdict {
  /** The composite clears the threshold beyond measurement noise. */
  READY,
  /** The threshold lies within the composite's noise band. */
  BORDERLINE,
  /** The composite falls short of the threshold beyond measurement noise. */
  NOT_YET,
  /** A required family has not been measured. */
  INCOMPLETE
}
