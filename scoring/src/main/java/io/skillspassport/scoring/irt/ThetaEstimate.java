package io.skillspassport.scoring.irt;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An ability estimate θ̂ with its standard error, or the statement that the method has no finite
 * estimate for the pattern (e.g. the MLE of an all-wrong pattern is −∞): an undefined estimate
 * carries a {@link Reason}, never an invented number.
 */
public final class ThetaEstimate {

  /** Why an estimate is undefined. */
  public enum Reason {
    /** Every answered item is in its lowest category: the likelihood increases towards θ → −∞. */
    ALL_LOWEST_CATEGORY,
    /** Every answered item is in its highest category: the likelihood increases towards θ → +∞. */
    ALL_HIGHEST_CATEGORY,
    /** No item was answered, so the likelihood is flat. */
    NO_RESPONSES,
    /** The estimating equation has no root in the search interval. */
    NO_ROOT
  }

  private final EstimationMethod method;
  private final double theta;
  private final double standardError;
  private final Reason reason;

  private ThetaEstimate(
      EstimationMethod method, double theta, double standardError, Reason reason) {
    this.method = method;
    this.theta = theta;
    this.standardError = standardError;
    this.reason = reason;
  }

  /**
   * A finite estimate.
   *
   * @param method the method
   * @param theta the estimate, finite
   * @param standardError its standard error, finite and {@code >= 0}
   * @return the estimate
   * @throws IllegalArgumentException if a number is not finite or the SE is negative
   */
  public static ThetaEstimate of(EstimationMethod method, double theta, double standardError) {
    Objects.requireNonNull(method, "method");
    if (!Double.isFinite(theta)) {
      throw new IllegalArgumentException("theta must be a finite number but was " + theta);
    }
    if (!Double.isFinite(standardError) || standardError < 0) {
      throw new IllegalArgumentException(
          "standard error must be a finite number >= 0 but was " + standardError);
    }
    return new ThetaEstimate(method, theta, standardError, null);
  }

  /**
   * An undefined estimate.
   *
   * @param method the method
   * @param reason why it is undefined
   * @return the estimate
   */
  public static ThetaEstimate undefined(EstimationMethod method, Reason reason) {
    return new ThetaEstimate(
        Objects.requireNonNull(method, "method"),
        Double.NaN,
        Double.NaN,
        Objects.requireNonNull(reason, "reason"));
  }

  /**
   * The method.
   *
   * @return how the estimate was obtained
   */
  public EstimationMethod method() {
    return method;
  }

  /**
   * Whether there is a finite estimate.
   *
   * @return true if defined
   */
  public boolean isDefined() {
    return reason == null;
  }

  /**
   * The estimate, if defined.
   *
   * @return θ̂ or empty
   */
  public OptionalDouble theta() {
    return isDefined() ? OptionalDouble.of(theta) : OptionalDouble.empty();
  }

  /**
   * The standard error, if defined.
   *
   * @return SE(θ̂) or empty
   */
  public OptionalDouble standardError() {
    return isDefined() ? OptionalDouble.of(standardError) : OptionalDouble.empty();
  }

  /**
   * Why the estimate is undefined.
   *
   * @return the reason, empty if defined
   */
  public Optional<Reason> undefinedReason() {
    return Optional.ofNullable(reason);
  }

  /**
   * The estimate of a method that is always defined (EAP, MAP).
   *
   * @return θ̂
   * @throws IllegalStateException if undefined
   */
  public double requireTheta() {
    if (!isDefined()) {
      throw new IllegalStateException(method + " estimate is undefined: " + reason);
    }
    return theta;
  }

  /**
   * The standard error of a method that is always defined (EAP, MAP).
   *
   * @return SE(θ̂)
   * @throws IllegalStateException if undefined
   */
  public double requireStandardError() {
    if (!isDefined()) {
      throw new IllegalStateException(method + " estimate is undefined: " + reason);
    }
    return standardError;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ThetaEstimate other
        && method == other.method
        && Double.compare(theta, other.theta) == 0
        && Double.compare(standardError, other.standardError) == 0
        && reason == other.reason;
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, theta, standardError, reason);
  }

  @Override
  public String toString() {
    return isDefined()
        ? method + "[theta=" + theta + ", se=" + standardError + "]"
        : method + "[undefined: " + reason + "]";
  }
}
