package io.skillspassport.scoring.calibration;

import io.skillspassport.scoring.irt.ResponsePattern;
import io.skillspassport.scoring.math.Arguments;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Responses of many people to a set of items, as distinct patterns with frequency weights: adding
 * the same pattern twice with weight 1 is the same as adding it once with weight 2, which is what
 * makes a calibration on {@code pattern, count} rows equal to one on repeated rows. {@link
 * ResponsePattern#OMITTED} marks an item that was not administered; it drops out of the likelihood.
 *
 * <p>Values are not checked against a model here (the {@link Calibrator} does that, naming the
 * item, the row and the value); they must be {@code >= 0} or {@link ResponsePattern#OMITTED}.
 */
public final class ResponseData {

  private final List<String> items;
  private final int[][] patterns;
  private final double[] weights;
  private final int[] firstRows;

  private ResponseData(List<String> items, int[][] patterns, double[] weights, int[] firstRows) {
    this.items = items;
    this.patterns = patterns;
    this.weights = weights;
    this.firstRows = firstRows;
  }

  /**
   * A builder for responses to the given items.
   *
   * @param items item ids, unique, at least one
   * @return the builder
   * @throws IllegalArgumentException if the list is empty or has a blank or duplicate id
   */
  public static Builder builder(List<String> items) {
    if (items == null || items.isEmpty()) {
      throw new IllegalArgumentException("response data need at least one item");
    }
    Set<String> seen = new HashSet<>();
    for (String id : items) {
      Arguments.nonBlank(id, "item id");
      if (!seen.add(id)) {
        throw new IllegalArgumentException("duplicate item id '" + id + "' in the response data");
      }
    }
    return new Builder(List.copyOf(items));
  }

  /** Collects rows; not thread-safe. */
  public static final class Builder {
    private final List<String> items;
    private final Map<Key, Integer> index = new HashMap<>();
    private final List<int[]> patterns = new ArrayList<>();
    private final List<double[]> weights = new ArrayList<>();
    private final List<Integer> firstRows = new ArrayList<>();
    private int rows;

    private Builder(List<String> items) {
      this.items = items;
    }

    /**
     * Adds one row: a response per item and its frequency.
     *
     * @param responses one value per item, {@code >= 0} or {@link ResponsePattern#OMITTED}
     * @param weight the number of people with this pattern, finite and {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException naming the row and the value if the row is malformed
     */
    public Builder add(int[] responses, double weight) {
      rows++;
      if (responses == null || responses.length != items.size()) {
        throw new IllegalArgumentException(
            "row "
                + rows
                + " has "
                + (responses == null ? 0 : responses.length)
                + " responses but there are "
                + items.size()
                + " items");
      }
      Arguments.nonNegative(weight, "count of row " + rows);
      for (int i = 0; i < responses.length; i++) {
        if (responses[i] < 0 && responses[i] != ResponsePattern.OMITTED) {
          throw new IllegalArgumentException(
              "row " + rows + ": response " + responses[i] + " to item '" + items.get(i) + "'");
        }
      }
      Key key = new Key(responses.clone());
      Integer at = index.get(key);
      if (at == null) {
        index.put(key, patterns.size());
        patterns.add(key.values);
        weights.add(new double[] {weight});
        firstRows.add(rows);
      } else {
        weights.get(at)[0] += weight;
      }
      return this;
    }

    /**
     * The data.
     *
     * @return the collected patterns and weights
     * @throws IllegalArgumentException if no row has a positive weight
     */
    public ResponseData build() {
      double total = 0;
      for (double[] w : weights) {
        total += w[0];
      }
      if (!(total > 0)) {
        throw new IllegalArgumentException("response data need at least one row with count > 0");
      }
      double[] w = new double[weights.size()];
      int[] first = new int[weights.size()];
      for (int p = 0; p < w.length; p++) {
        w[p] = weights.get(p)[0];
        first[p] = firstRows.get(p);
      }
      return new ResponseData(items, patterns.toArray(new int[0][]), w, first);
    }
  }

  private record Key(int[] values) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(values, k.values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }
  }

  /**
   * The item ids, in column order.
   *
   * @return an unmodifiable list
   */
  public List<String> items() {
    return items;
  }

  /**
   * The number of distinct patterns.
   *
   * @return pattern count
   */
  public int patternCount() {
    return patterns.length;
  }

  /**
   * The total weight (number of people).
   *
   * @return Σ weights
   */
  public double totalWeight() {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    return sum;
  }

  int[][] unsafePatterns() {
    return patterns;
  }

  double[] unsafeWeights() {
    return weights;
  }

  /** The 1-based row at which pattern {@code p} was first added (for messages). */
  int firstRow(int p) {
    return firstRows[p];
  }
}
