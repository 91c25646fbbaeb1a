package io.skillspassport.scoring.equating;

/**
 * A linear equating function {@code e_Y(x) = slope·x + intercept}; mean equating is the case {@code
 * slope = 1}.
 *
 * @param slope {@code σ_Y/σ_X} (1 for mean equating)
 * @param intercept {@code μ_Y − slope·μ_X}
 */
public record LinearEquating(double slope, double intercept) implements EquatingFunction {

  @Override
  public double equate(double x) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("score must be a finite number but was " + x);
    }
    return slope * x + intercept;
  }
}
