package io.skillspassport.scoring.readiness;

import io.skillspassport.scoring.math.Arguments;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Relevance weights of assessment families for a role or bundle, normalised to sum to one: {@code
 * w̃_i = w_i / Σ_j w_j}.
 *
 * <p>Family identifiers are plain, non-blank strings (no family is hard-coded here). A weight of 0
 * keeps a family known to the set (so a minimum may refer to it) without counting it in the
 * composite. Families keep the iteration order of the map they were created from (use a {@link
 * LinkedHashMap} for a stable order).
 *
 * <p>Edge cases, all rejected with {@link IllegalArgumentException} naming the value: null or blank
 * family, null, NaN, infinite or negative weight, no family, weights summing to 0. Weights given as
 * {@link BigDecimal} are converted with {@link BigDecimal#doubleValue()}; multiplying all weights
 * by the same positive constant gives the same normalised weights (up to rounding).
 */
public final class WeightSet {

  private final String[] families;
  private final double[] weights;
  private final double[] normalised;
  private final Map<String, Integer> index;

  private WeightSet(String[] families, double[] weights) {
    this.families = families;
    this.weights = weights;
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException(
          "weights must not all be zero but were " + Arrays.toString(weights));
    }
    if (!Double.isFinite(sum)) {
      throw new IllegalArgumentException("weights sum to " + sum);
    }
    this.normalised = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      normalised[i] = weights[i] / sum;
    }
    Map<String, Integer> idx = new HashMap<>();
    for (int i = 0; i < families.length; i++) {
      idx.put(families[i], i);
    }
    this.index = Collections.unmodifiableMap(idx);
  }

  /**
   * A weight set from family → weight; accepts {@link Double}, {@link BigDecimal} or any other
   * {@link Number}.
   *
   * @param weights family → raw weight (finite, {@code >= 0}, not all zero)
   * @return the weight set
   * @throws IllegalArgumentException naming the family and value of an invalid weight
   */
  public static WeightSet of(Map<String, ? extends Number> weights) {
    if (weights == null || weights.isEmpty()) {
      throw new IllegalArgumentException(
          "a weight set needs at least one family but got " + weights);
    }
    String[] families = new String[weights.size()];
    double[] values = new double[weights.size()];
    int i = 0;
    for (Map.Entry<String, ? extends Number> e : weights.entrySet()) {
      String family = Arguments.nonBlank(e.getKey(), "family");
      Number n = e.getValue();
      if (n == null) {
        throw new IllegalArgumentException("weight of family '" + family + "' is null");
      }
      families[i] = family;
      values[i] = Arguments.nonNegative(n.doubleValue(), "weight of family '" + family + "'");
      i++;
    }
    return new WeightSet(families, values);
  }

  /**
   * The families in order, including those with weight 0.
   *
   * @return an unmodifiable list
   */
  public List<String> families() {
    return List.of(families);
  }

  /**
   * The number of families (including weight 0).
   *
   * @return family count
   */
  public int size() {
    return families.length;
  }

  /**
   * Whether the family belongs to the set.
   *
   * @param family a family identifier
   * @return true if known
   */
  public boolean contains(String family) {
    return index.containsKey(family);
  }

  /**
   * The position of a family.
   *
   * @param family a family of this set
   * @return its index in {@link #families()}
   * @throws IllegalArgumentException if the family is unknown
   */
  public int indexOf(String family) {
    Integer i = index.get(family);
    if (i == null) {
      throw new IllegalArgumentException(
          "unknown family '" + family + "'; the weight set has " + List.of(families));
    }
    return i;
  }

  /**
   * The raw weight.
   *
   * @param family a family of this set
   * @return {@code w_i}
   * @throws IllegalArgumentException if the family is unknown
   */
  public double weight(String family) {
    return weights[indexOf(family)];
  }

  /**
   * The normalised weight.
   *
   * @param family a family of this set
   * @return {@code w̃_i = w_i / Σ w}
   * @throws IllegalArgumentException if the family is unknown
   */
  public double normalisedWeight(String family) {
    return normalised[indexOf(family)];
  }

  /**
   * The normalised weight by position.
   *
   * @param i index in {@link #families()}
   * @return {@code w̃_i}
   */
  public double normalisedWeight(int i) {
    return normalised[i];
  }

  /**
   * The family at a position.
   *
   * @param i index
   * @return the family identifier
   */
  public String family(int i) {
    return families[i];
  }

  /**
   * Family → normalised weight, in order.
   *
   * @return an unmodifiable map
   */
  public Map<String, Double> normalised() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < families.length; i++) {
      m.put(families[i], normalised[i]);
    }
    return Collections.unmodifiableMap(m);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeightSet other
        && Arrays.equals(families, other.families)
        && Arrays.equals(weights, other.weights);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(families) * 31 + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < families.length; i++) {
      m.put(families[i], weights[i]);
    }
    return "WeightSet" + m;
  }
}
