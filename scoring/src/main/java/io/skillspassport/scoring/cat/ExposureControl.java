package io.skillspassport.scoring.cat;

import java.util.Map;

/**
 * How often the most informative items may be shown: without control, the same few items would go
 * to nearly every candidate of similar ability and leak.
 */
public sealed interface ExposureControl {

  /** No control: always the most informative eligible item. */
  record None() implements ExposureControl {}

  /**
   * Randomesque (Kingsbury &amp; Zara 1989): one of the {@code k} most informative eligible items,
   * uniformly at random.
   *
   * @param k group size, at least 1 (1 = no control)
   */
  record Randomesque(int k) implements ExposureControl {
    /** Validates k. */
    public Randomesque {
      if (k < 1) {
        throw new IllegalArgumentException(
            "randomesque group size must be at least 1 but was " + k);
      }
    }
  }

  /**
   * Sympson–Hetter (1985): the eligible items are considered in order of information; item i is
   * administered with probability {@code K_i} and otherwise set aside for the rest of this
   * candidate's test. With {@code K_i = min(1, r / P(S_i))}, where {@code P(S_i)} is the rate at
   * which the item is selected (considered), the administration rate {@code P(A_i) = P(S_i)·K_i}
   * stays at most r; the K are found by simulation ({@link SympsonHetter#calibrate}).
   *
   * @param parameters item id → {@code K_i} in (0, 1]; items not listed have K = 1
   */
  record SympsonHetter(Map<String, Double> parameters) implements ExposureControl {
    /** Copies and validates the parameters. */
    public SympsonHetter {
      parameters = Map.copyOf(parameters);
      parameters.forEach(
          (id, k) -> {
            if (!(k > 0 && k <= 1)) {
              throw new IllegalArgumentException(
                  "Sympson-Hetter parameter of item '" + id + "' must be in (0, 1] but was " + k);
            }
          });
    }

    /**
     * The exposure parameter of an item.
     *
     * @param itemId an item id
     * @return {@code K_i}, 1 when not listed
     */
    public double parameter(String itemId) {
      return parameters.getOrDefault(itemId, 1.0);
    }
  }
}
