package io.skillspassport.scoring.equating;

import java.util.Arrays;
import java.util.Objects;

/**
 * An equating function given as a table of points {@code (x_i, e(x_i))}, strictly increasing in
 * {@code x}: what an admin uploads for an outside assessment engine (the {@code x ey} output of the
 * scoring tool's {@code equate} command, mean, linear or equipercentile, with Y on the reporting
 * scale).
 *
 * <ul>
 *   <li>{@code e(x)} between two points is linear interpolation, {@code e(x_i) + (x −
 *       x_i)·(e(x_{i+1}) − e(x_i))/(x_{i+1} − x_i)}; a score outside {@code [x_0, x_n]} is
 *       rejected, never extrapolated: the table says nothing about it.
 *   <li>{@code e′(x)}, the local slope used to carry a standard error through the table (delta
 *       method, {@code SE(e(X)) ≈ |e′(x)|·SE(X)}): inside a segment its slope; at an inner point
 *       the central difference {@code (e(x_{i+1}) − e(x_{i−1}))/(x_{i+1} − x_{i−1})}; at an end
 *       point the slope of the one adjacent segment.
 * </ul>
 *
 * <p>A table of a linear or mean equating reproduces the line exactly, and its slope is the line's
 * slope everywhere; an equipercentile table is piecewise linear, as Kolen &amp; Brennan's
 * continuised percentile ranks are.
 */
public final class EquatingTable implements EquatingFunction {

  private final double[] x;
  private final double[] e;

  private EquatingTable(double[] x, double[] e) {
    this.x = x;
    this.e = e;
  }

  /**
   * A table from its points.
   *
   * @param x external scores, finite, strictly increasing, at least two
   * @param e their equivalents on the target scale, finite, one per score
   * @return the table
   * @throws IllegalArgumentException naming the bad point
   */
  public static EquatingTable of(double[] x, double[] e) {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(e, "e");
    if (x.length != e.length) {
      throw new IllegalArgumentException(
          "an equating table needs one equivalent per score: "
              + x.length
              + " scores, "
              + e.length
              + " equivalents");
    }
    if (x.length < 2) {
      throw new IllegalArgumentException(
          "an equating table needs at least two points but had " + x.length);
    }
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i]) || !Double.isFinite(e[i])) {
        throw new IllegalArgumentException(
            "point " + (i + 1) + " of the equating table is not finite: " + x[i] + " " + e[i]);
      }
      if (i > 0 && !(x[i] > x[i - 1])) {
        throw new IllegalArgumentException(
            "the scores of an equating table must increase strictly; point "
                + (i + 1)
                + " has "
                + x[i]
                + " after "
                + x[i - 1]);
      }
    }
    return new EquatingTable(x.clone(), e.clone());
  }

  /**
   * Reads the {@code x ey} text the scoring tool's {@code equate} command prints: one point per
   * line, two numbers separated by white space; a header line {@code x ey}, blank lines and lines
   * starting with {@code #} are skipped.
   *
   * @param text the table
   * @return the table
   * @throws IllegalArgumentException naming the line that is not a point
   */
  public static EquatingTable parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] lines = text.split("\\R");
    double[] xs = new double[lines.length];
    double[] es = new double[lines.length];
    int n = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#") || (n == 0 && line.matches("x\\s+ey"))) {
        continue;
      }
      String[] cells = line.split("\\s+");
      if (cells.length != 2) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + " of the equating table is not 'x ey': '" + line + "'");
      }
      try {
        xs[n] = Double.parseDouble(cells[0]);
        es[n] = Double.parseDouble(cells[1]);
      } catch (NumberFormatException notNumber) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + " of the equating table is not two numbers: '" + line + "'");
      }
      n++;
    }
    return of(Arrays.copyOf(xs, n), Arrays.copyOf(es, n));
  }

  /**
   * The table as the text {@link #parse} reads: header {@code x ey}, one point per line.
   *
   * @return the text
   */
  public String format() {
    StringBuilder text = new StringBuilder("x ey\n");
    for (int i = 0; i < x.length; i++) {
      text.append(x[i]).append(' ').append(e[i]).append('\n');
    }
    return text.toString();
  }

  /** Number of points. */
  public int size() {
    return x.length;
  }

  /** The lowest score the table covers. */
  public double minScore() {
    return x[0];
  }

  /** The highest score the table covers. */
  public double maxScore() {
    return x[x.length - 1];
  }

  /** The equivalents' range: the lowest of them. */
  public double minEquivalent() {
    return Arrays.stream(e).min().orElseThrow();
  }

  /** The equivalents' range: the highest of them. */
  public double maxEquivalent() {
    return Arrays.stream(e).max().orElseThrow();
  }

  /**
   * Whether a score lies in the table's range {@code [x_0, x_n]}.
   *
   * @param score a score
   * @return whether {@link #equate} accepts it
   */
  public boolean covers(double score) {
    return score >= x[0] && score <= x[x.length - 1];
  }

  /**
   * {@code e(x)} by linear interpolation.
   *
   * @param score an external score in {@code [x_0, x_n]}
   * @return its equivalent
   * @throws IllegalArgumentException if the score is not finite or outside the table
   */
  @Override
  public double equate(double score) {
    int i = segment(score);
    double t = (score - x[i]) / (x[i + 1] - x[i]);
    return e[i] + t * (e[i + 1] - e[i]);
  }

  /**
   * The local slope {@code e′(x)} (see the class description).
   *
   * @param score an external score in {@code [x_0, x_n]}
   * @return the slope at that score
   * @throws IllegalArgumentException if the score is not finite or outside the table
   */
  public double slope(double score) {
    int i = segment(score);
    int node = Arrays.binarySearch(x, score);
    if (node > 0 && node < x.length - 1) {
      return (e[node + 1] - e[node - 1]) / (x[node + 1] - x[node - 1]);
    }
    return (e[i + 1] - e[i]) / (x[i + 1] - x[i]);
  }

  /** The index {@code i} of the segment {@code [x_i, x_{i+1}]} holding the score. */
  private int segment(double score) {
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException("an external score must be finite but was " + score);
    }
    if (!covers(score)) {
      throw new IllegalArgumentException(
          "the external score "
              + score
              + " is outside the equating table's range ["
              + x[0]
              + ", "
              + x[x.length - 1]
              + "]");
    }
    int found = Arrays.binarySearch(x, score);
    int i = found >= 0 ? found : -found - 2;
    return Math.min(i, x.length - 2);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EquatingTable t && Arrays.equals(x, t.x) && Arrays.equals(e, t.e);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(x) + Arrays.hashCode(e);
  }

  @Override
  public String toString() {
    return "EquatingTable[" + x.length + " points, " + x[0] + "–" + x[x.length - 1] + "]";
  }
}
