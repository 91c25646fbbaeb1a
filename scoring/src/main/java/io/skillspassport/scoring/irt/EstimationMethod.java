package io.skillspassport.scoring.irt;

/**
 * How an ability estimate was obtained (see {@link ThetaEstimators}).
 *
 * <ul>
 *   <li>{@link #EAP}: posterior mean under the N(0,1) prior; SE = posterior standard deviation
 *   <li>{@link #MAP}: posterior mode; SE = {@code 1/√(I(θ̂)+1)}
 *   <li>{@link #MLE}: likelihood maximum; SE = {@code 1/√I(θ̂)}; undefined for all-lowest or
 *       all-highest patterns
 *   <li>{@link #WLE}: Warm's weighted likelihood estimate; SE = {@code √(1/I + J²/(4I⁴))}
 * </ul>
 */
public enum EstimationMethod {
  /** Expected a posteriori. */
  EAP,
  /** Maximum a posteriori (Bayes modal). */
  MAP,
  /** Maximum likelihood. */
  MLE,
  /** Warm's weighted likelihood. */
  WLE
}
