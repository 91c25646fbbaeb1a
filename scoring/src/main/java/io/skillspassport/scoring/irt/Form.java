package io.skillspassport.scoring.irt;

import io.skillspassport.scoring.math.Arguments;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A fixed set of calibrated items taken together (a test form or an assessment), possibly mixing
 * {@link TwoPlItem}s, {@link ThreePlItem}s and {@link GradedResponseItem}s.
 *
 * <p>Test information {@code I(θ) = Σ_i I_i(θ)} and the test characteristic curve (expected raw
 * score) {@code E[X|θ] = Σ_i Σ_j (lowest_i + j) P_ij(θ)}; the raw score of a pattern is the sum of
 * its response values (2PL right answers count 1, a graded item adds its category number, 1 for the
 * lowest), so it ranges from {@link #minRawScore()} to {@link #maxRawScore()}.
 *
 * <p>Edge cases: a form has at least one item; item ids are unique.
 */
public final class Form {

  private final List<Item> items;
  private final int minRaw;
  private final int maxRaw;

  private Form(List<Item> items) {
    this.items = items;
    int min = 0;
    int max = 0;
    for (Item item : items) {
      min += item.lowestResponse();
      max += item.highestResponse();
    }
    this.minRaw = min;
    this.maxRaw = max;
  }

  /**
   * A form from its items, in presentation order.
   *
   * @param items at least one item, unique ids
   * @return the form
   * @throws IllegalArgumentException if the list is empty, contains null or a duplicate id
   */
  public static Form of(List<? extends Item> items) {
    if (items == null || items.isEmpty()) {
      throw new IllegalArgumentException("a form needs at least one item but got " + items);
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (item == null) {
        throw new IllegalArgumentException("item " + (i + 1) + " of the form is null");
      }
      if (!ids.add(item.id())) {
        throw new IllegalArgumentException("duplicate item id '" + item.id() + "' in the form");
      }
    }
    return new Form(List.copyOf(items));
  }

  /**
   * A form from its items, in presentation order.
   *
   * @param items at least one item, unique ids
   * @return the form
   * @throws IllegalArgumentException if there is no item, a null item or a duplicate id
   */
  public static Form of(Item... items) {
    return of(items == null ? null : List.of(items));
  }

  /**
   * The items in order.
   *
   * @return an unmodifiable list
   */
  public List<Item> items() {
    return items;
  }

  /**
   * The number of items.
   *
   * @return item count
   */
  public int size() {
    return items.size();
  }

  /**
   * Item {@code i}.
   *
   * @param i index
   * @return the item
   */
  public Item item(int i) {
    return items.get(i);
  }

  /**
   * The lowest possible raw score (every item in its lowest category).
   *
   * @return Σ lowest response values
   */
  public int minRawScore() {
    return minRaw;
  }

  /**
   * The highest possible raw score.
   *
   * @return Σ highest response values
   */
  public int maxRawScore() {
    return maxRaw;
  }

  /**
   * Test information {@code I(θ) = Σ_i I_i(θ)}.
   *
   * @param theta ability, finite
   * @return the information
   * @throws IllegalArgumentException if θ is not finite
   */
  public double information(double theta) {
    Arguments.finite(theta, "theta");
    double sum = 0;
    for (Item item : items) {
      sum += ItemMath.information(item, theta);
    }
    return sum;
  }

  /**
   * The standard error of measurement {@code 1/√I(θ)} of the maximum-likelihood estimate at θ.
   *
   * @param theta ability, finite
   * @return the SEM
   */
  public double standardError(double theta) {
    return 1 / Math.sqrt(information(theta));
  }

  /**
   * The expected raw score (test characteristic curve) at θ.
   *
   * @param theta ability, finite
   * @return {@code E[X | θ]}
   * @throws IllegalArgumentException if θ is not finite
   */
  public double expectedRawScore(double theta) {
    Arguments.finite(theta, "theta");
    double sum = 0;
    for (Item item : items) {
      sum += ItemMath.expectedScore(item, theta);
    }
    return sum;
  }

  /**
   * The raw score of a pattern (omitted items add nothing).
   *
   * @param pattern a pattern valid for this form
   * @return the summed response values
   * @throws IllegalArgumentException if the pattern does not fit the form
   */
  public int rawScore(ResponsePattern pattern) {
    validate(pattern);
    int sum = 0;
    for (int i = 0; i < items.size(); i++) {
      if (!pattern.isOmitted(i)) {
        sum += pattern.response(i);
      }
    }
    return sum;
  }

  /**
   * Checks that a pattern has one response per item and that every answered response is one of its
   * item's categories.
   *
   * @param pattern the pattern
   * @throws IllegalArgumentException naming the length or the offending response and item
   */
  public void validate(ResponsePattern pattern) {
    if (pattern == null) {
      throw new IllegalArgumentException("response pattern must not be null");
    }
    if (pattern.length() != items.size()) {
      throw new IllegalArgumentException(
          "response pattern '"
              + pattern
              + "' has "
              + pattern.length()
              + " responses but the form has "
              + items.size()
              + " items");
    }
    for (int i = 0; i < items.size(); i++) {
      int r = pattern.response(i);
      Item item = items.get(i);
      if (r != ResponsePattern.OMITTED && !item.accepts(r)) {
        throw new IllegalArgumentException(
            "response "
                + r
                + " to item '"
                + item.id()
                + "' (position "
                + (i + 1)
                + ") is outside its categories "
                + item.lowestResponse()
                + ".."
                + item.highestResponse());
      }
    }
  }

  @Override
  public String toString() {
    return "Form" + items;
  }
}
