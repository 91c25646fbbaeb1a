package io.skillspassport.scoring.math;

/**
 * Argument checks shared by the scoring packages. Every failure is an {@link
 * IllegalArgumentException} whose message names the argument and the offending value, so that a
 * caller can show it to a user without a stack trace.
 */
public final class Arguments {

  private Arguments() {}

  /**
   * Requires a finite value (not NaN, not ±∞).
   *
   * @param value the value
   * @param name what the value is, for the message (e.g. {@code "theta"})
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static double finite(double value, String name) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number but was " + value);
    }
    return value;
  }

  /**
   * Requires a finite value {@code > 0}.
   *
   * @param value the value
   * @param name what the value is, for the message
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is not finite or not positive
   */
  public static double positive(double value, String name) {
    finite(value, name);
    if (!(value > 0)) {
      throw new IllegalArgumentException(name + " must be > 0 but was " + value);
    }
    return value;
  }

  /**
   * Requires a finite value {@code >= 0}.
   *
   * @param value the value
   * @param name what the value is, for the message
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is not finite or negative
   */
  public static double nonNegative(double value, String name) {
    finite(value, name);
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0 but was " + value);
    }
    return value;
  }

  /**
   * Requires a finite value in the closed interval {@code [lower, upper]}.
   *
   * @param value the value
   * @param lower smallest allowed value
   * @param upper largest allowed value
   * @param name what the value is, for the message
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is not finite or outside the interval
   */
  public static double inRange(double value, double lower, double upper, String name) {
    finite(value, name);
    if (value < lower || value > upper) {
      throw new IllegalArgumentException(
          name + " must be within [" + lower + ", " + upper + "] but was " + value);
    }
    return value;
  }

  /**
   * Requires a non-null, non-blank string.
   *
   * @param value the value
   * @param name what the value is, for the message
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is null or blank
   */
  public static String nonBlank(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          name
              + " must be a non-blank text but was "
              + (value == null ? "null" : "'" + value + "'"));
    }
    return value;
  }
}
