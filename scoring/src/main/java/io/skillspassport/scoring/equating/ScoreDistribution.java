package io.skillspassport.scoring.equating;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A frequency distribution of integer scores on one form, as used by random-groups equating.
 *
 * <p>The distribution covers every integer from the lowest to the highest listed score (unlisted
 * scores in between have frequency 0). With relative frequencies {@code f(x)} and cumulative {@code
 * F(x)}:
 *
 * <ul>
 *   <li>mean {@code μ = Σ x f(x)}; standard deviation with denominator N ({@link Denominator#N},
 *       the Kolen &amp; Brennan moments) or N−1 ({@link Denominator#N_MINUS_1}, R's {@code sd()})
 *   <li>percentile rank (K&amp;B eq. 2.14): for {@code x*} the integer nearest {@code x} (halves
 *       up), {@code P(x) = 100·[F(x*−1) + (x − x* + .5) f(x*)]} on {@code [min − .5, max + .5)}, 0
 *       below and 100 above
 *   <li>percentile (inverse, K&amp;B eq. 2.18): for {@code 0 ≤ P* < 100}, with {@code y_U} the
 *       smallest score whose cumulative percent exceeds {@code P*}, {@code P⁻¹(P*) = (P* / 100 −
 *       F(y_U − 1))/f(y_U) + y_U − .5}; {@code max + .5} for {@code P* = 100}
 * </ul>
 *
 * <p>Edge cases, rejected naming the value: no score, a negative count, all counts zero, a score
 * range wider than 100,000 points. Reference: Kolen, M. J. &amp; Brennan, R. L. (2014), <i>Test
 * Equating, Scaling, and Linking</i>, 3rd ed., §2.5.
 */
public final class ScoreDistribution {

  /** Which denominator a variance uses. */
  public enum Denominator {
    /** Population moments, as in Kolen &amp; Brennan. */
    N,
    /** Sample moments, as R's {@code sd()}. */
    N_MINUS_1
  }

  private static final int MAX_RANGE = 100_000;

  private final int min;
  private final double[] relative;
  private final double[] cumulative;
  private final double n;

  private ScoreDistribution(int min, double[] counts) {
    this.min = min;
    double total = 0;
    for (double c : counts) {
      total += c;
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("score frequencies must not all be zero");
    }
    this.n = total;
    this.relative = new double[counts.length];
    this.cumulative = new double[counts.length];
    double running = 0;
    for (int i = 0; i < counts.length; i++) {
      relative[i] = counts[i] / total;
      running += counts[i];
      cumulative[i] = running / total;
    }
  }

  /**
   * A distribution from score → count.
   *
   * @param counts score → frequency ({@code >= 0}, not all zero)
   * @return the distribution
   * @throws IllegalArgumentException naming a bad score or count
   */
  public static ScoreDistribution of(Map<Integer, ? extends Number> counts) {
    if (counts == null || counts.isEmpty()) {
      throw new IllegalArgumentException("a score distribution needs at least one score");
    }
    SortedMap<Integer, Double> sorted = new TreeMap<>();
    for (Map.Entry<Integer, ? extends Number> e : counts.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new IllegalArgumentException("score and count must not be null: " + e);
      }
      double c = e.getValue().doubleValue();
      if (!Double.isFinite(c) || c < 0) {
        throw new IllegalArgumentException(
            "count of score " + e.getKey() + " must be a finite number >= 0 but was " + c);
      }
      sorted.put(e.getKey(), c);
    }
    int lo = sorted.firstKey();
    long range = (long) sorted.lastKey() - lo + 1;
    if (range > MAX_RANGE) {
      throw new IllegalArgumentException(
          "score range "
              + lo
              + ".."
              + sorted.lastKey()
              + " is wider than "
              + MAX_RANGE
              + " points");
    }
    double[] dense = new double[(int) range];
    sorted.forEach((score, c) -> dense[score - lo] = c);
    return new ScoreDistribution(lo, dense);
  }

  /**
   * A distribution from parallel arrays.
   *
   * @param scores distinct integer scores
   * @param counts their frequencies
   * @return the distribution
   * @throws IllegalArgumentException naming a bad score or count, or a duplicate score
   */
  public static ScoreDistribution of(int[] scores, double[] counts) {
    if (scores == null || counts == null || scores.length != counts.length) {
      throw new IllegalArgumentException("need one count per score");
    }
    Map<Integer, Double> m = new TreeMap<>();
    for (int i = 0; i < scores.length; i++) {
      if (m.put(scores[i], counts[i]) != null) {
        throw new IllegalArgumentException("duplicate score " + scores[i]);
      }
    }
    return of(m);
  }

  /**
   * The lowest score of the range.
   *
   * @return min
   */
  public int minScore() {
    return min;
  }

  /**
   * The highest score of the range.
   *
   * @return max
   */
  public int maxScore() {
    return min + relative.length - 1;
  }

  /**
   * The total frequency N.
   *
   * @return N
   */
  public double total() {
    return n;
  }

  /**
   * The relative frequency {@code f(x)}.
   *
   * @param score an integer score
   * @return f(x), 0 outside the range
   */
  public double relativeFrequency(int score) {
    int i = score - min;
    return i < 0 || i >= relative.length ? 0 : relative[i];
  }

  /**
   * The cumulative relative frequency {@code F(x)}.
   *
   * @param score an integer score
   * @return F(x): 0 below the range, 1 above
   */
  public double cumulative(int score) {
    int i = score - min;
    if (i < 0) {
      return 0;
    }
    return i >= cumulative.length ? 1 : cumulative[i];
  }

  /**
   * The mean.
   *
   * @return μ
   */
  public double mean() {
    double m = 0;
    for (int i = 0; i < relative.length; i++) {
      m += (min + i) * relative[i];
    }
    return m;
  }

  /**
   * The standard deviation.
   *
   * @param denominator N or N − 1
   * @return σ
   * @throws IllegalArgumentException if N − 1 is requested for N ≤ 1
   */
  public double standardDeviation(Denominator denominator) {
    double mean = mean();
    double ss = 0;
    for (int i = 0; i < relative.length; i++) {
      double d = min + i - mean;
      ss += d * d * relative[i];
    }
    if (denominator == Denominator.N_MINUS_1) {
      if (n <= 1) {
        throw new IllegalArgumentException("an N-1 standard deviation needs N > 1 but N = " + n);
      }
      return Math.sqrt(ss * n / (n - 1));
    }
    return Math.sqrt(ss);
  }

  /**
   * The percentile rank of a (possibly non-integer) score, K&amp;B eq. 2.14.
   *
   * @param x a finite score
   * @return P(x) in [0, 100]
   * @throws IllegalArgumentException if x is not finite
   */
  public double percentileRank(double x) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("score must be a finite number but was " + x);
    }
    if (x < min - 0.5) {
      return 0;
    }
    if (x >= maxScore() + 0.5) {
      return 100;
    }
    int star = (int) Math.floor(x + 0.5);
    return 100 * (cumulative(star - 1) + (x - (star - 0.5)) * relativeFrequency(star));
  }

  /**
   * The score with a given percentile rank, K&amp;B eq. 2.18 (upper convention).
   *
   * @param percentileRank P* in [0, 100]
   * @return {@code P⁻¹(P*)}
   * @throws IllegalArgumentException if P* is outside [0, 100]
   */
  public double percentile(double percentileRank) {
    if (!(percentileRank >= 0 && percentileRank <= 100)) {
      throw new IllegalArgumentException(
          "percentile rank must be within [0, 100] but was " + percentileRank);
    }
    double p = percentileRank / 100;
    if (percentileRank == 100) {
      return maxScore() + 0.5;
    }
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > p) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    if (cumulative[lo] <= p) {
      // only reachable through rounding of P* just below 100
      return maxScore() + 0.5;
    }
    int yu = min + lo;
    return (p - cumulative(yu - 1)) / relativeFrequency(yu) + yu - 0.5;
  }
}
