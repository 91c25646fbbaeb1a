package io.skillspassport.scoring.math;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The standard normal distribution N(0,1): density φ, distribution function Φ and quantile Φ⁻¹.
 *
 * <p>{@link #cdf(double)} uses the double-precision rational approximation of Hart (1968) as given
 * by G. West, "Better approximations to cumulative normal functions", Wilmott Magazine (2005): for
 * {@code |x| < 7.0710678} a ratio of degree-6 and degree-7 polynomials times {@code exp(-x²/2)},
 * beyond it a continued fraction. Its absolute error is below 1e-14 over the real line and its
 * relative error in the tails below 1e-8 (both checked against commons-math3 in the tests). It is
 * used instead of commons-math3's {@code erf}-based implementation because it is an order of
 * magnitude faster, which matters when ranking 100,000 candidates. Φ(±∞) = 1 or 0; Φ(NaN) = NaN.
 *
 * <p>{@link #quantile(double)} delegates to commons-math3 and is meant for constants (band
 * multipliers), not inner loops.
 */
public final class StandardNormal {

  private static final double INV_SQRT_2PI = 0.3989422804014327;
  private static final NormalDistribution N01 = new NormalDistribution(null, 0, 1);

  private StandardNormal() {}

  /**
   * Density φ(x) = exp(−x²/2)/√(2π).
   *
   * @param x the point
   * @return φ(x); 0 for ±∞
   */
  public static double pdf(double x) {
    return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
  }

  /**
   * Distribution function Φ(x) = P(Z ≤ x) (Hart 1968 / West 2005; absolute error &lt; 1e-14,
   * relative error in the tails &lt; 1e-8).
   *
   * @param x the point
   * @return Φ(x)
   */
  public static double cdf(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    double abs = Math.abs(x);
    double tail;
    if (abs > 37) {
      tail = 0;
    } else {
      double e = Math.exp(-abs * abs / 2);
      if (abs < 7.07106781186547) {
        double num = 3.52624965998911E-02 * abs + 0.700383064443688;
        num = num * abs + 6.37396220353165;
        num = num * abs + 33.912866078383;
        num = num * abs + 112.079291497871;
        num = num * abs + 221.213596169931;
        num = num * abs + 220.206867912376;
        double den = 8.83883476483184E-02 * abs + 1.75566716318264;
        den = den * abs + 16.064177579207;
        den = den * abs + 86.7807322029461;
        den = den * abs + 296.564248779674;
        den = den * abs + 637.333633378831;
        den = den * abs + 793.826512519948;
        den = den * abs + 440.413735824752;
        tail = e * num / den;
      } else {
        double cf = abs + 0.65;
        cf = abs + 4 / cf;
        cf = abs + 3 / cf;
        cf = abs + 2 / cf;
        cf = abs + 1 / cf;
        tail = e / cf / 2.506628274631;
      }
    }
    return x > 0 ? 1 - tail : tail;
  }

  /**
   * Quantile Φ⁻¹(p) (commons-math3, accurate to about 1e-15 relative).
   *
   * @param p a probability in (0, 1)
   * @return x such that Φ(x) = p
   * @throws IllegalArgumentException if {@code p} is not within (0, 1)
   */
  public static double quantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("probability must be within (0, 1) but was " + p);
    }
    return N01.inverseCumulativeProbability(p);
  }
}
