package io.skillspassport.scoring.equating;

/**
 * A function {@code e_Y(x)} expressing form X scores on the scale of form Y (see {@link Equating}).
 */
@FunctionalInterface
public interface EquatingFunction {

  /**
   * The form Y equivalent of a form X score.
   *
   * @param x a form X score, finite
   * @return {@code e_Y(x)}
   */
  double equate(double x);
}
