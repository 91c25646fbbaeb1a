package io.skillspassport.scoring.cat;

import io.skillspassport.scoring.math.Arguments;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of an adaptive test.
 *
 * <ul>
 *   <li>stop when the posterior SD is at most {@code targetSe} and at least {@code minItems}
 *       operational items were given, or at {@code maxItems} operational items
 *   <li>exposure control ({@link ExposureControl})
 *   <li>content balancing: tag → target share of the operational items (Kingsbury &amp; Zara 1989);
 *       empty for none
 *   <li>excluded item ids (e.g. seen by this candidate before)
 *   <li>pretest items at fixed positions
 * </ul>
 *
 * Built with {@link #builder()}; defaults: target SE 0.3, 1 to 30 items, no exposure control, no
 * content targets, nothing excluded, no pretest items.
 *
 * @param targetSe stop once the posterior SD is at most this ({@code > 0})
 * @param minItems minimum operational length ({@code >= 1})
 * @param maxItems maximum operational length ({@code >= minItems})
 * @param exposure exposure control
 * @param contentTargets tag → target share ({@code > 0}; normalised to sum 1)
 * @param excluded item ids never to select
 * @param pretest pretest slots, distinct positions
 */
public record CatRules(
    double targetSe,
    int minItems,
    int maxItems,
    ExposureControl exposure,
    Map<String, Double> contentTargets,
    Set<String> excluded,
    List<PretestSlot> pretest) {

  /** Validates and copies. */
  public CatRules {
    Arguments.positive(targetSe, "target SE");
    if (minItems < 1 || maxItems < minItems) {
      throw new IllegalArgumentException(
          "need 1 <= minimum length <= maximum length but got " + minItems + " and " + maxItems);
    }
    if (exposure == null) {
      throw new IllegalArgumentException("exposure control must not be null (use None)");
    }
    double sum = 0;
    for (Map.Entry<String, Double> e : contentTargets.entrySet()) {
      sum += Arguments.positive(e.getValue(), "content target of tag '" + e.getKey() + "'");
    }
    Map<String, Double> normalised = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : contentTargets.entrySet()) {
      normalised.put(e.getKey(), e.getValue() / sum);
    }
    contentTargets = Map.copyOf(normalised);
    excluded = Set.copyOf(excluded);
    Set<Integer> positions = new HashSet<>();
    for (PretestSlot slot : pretest) {
      if (!positions.add(slot.position())) {
        throw new IllegalArgumentException("two pretest items at position " + slot.position());
      }
    }
    pretest = List.copyOf(pretest);
  }

  /**
   * The same rules with another exposure control.
   *
   * @param control the exposure control
   * @return new rules
   */
  public CatRules withExposure(ExposureControl control) {
    return new CatRules(targetSe, minItems, maxItems, control, contentTargets, excluded, pretest);
  }

  /**
   * A builder with the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CatRules}. */
  public static final class Builder {
    private double targetSe = 0.3;
    private int minItems = 1;
    private int maxItems = 30;
    private ExposureControl exposure = new ExposureControl.None();
    private final Map<String, Double> contentTargets = new LinkedHashMap<>();
    private final Set<String> excluded = new HashSet<>();
    private final List<PretestSlot> pretest = new ArrayList<>();

    private Builder() {}

    /**
     * The target posterior SD.
     *
     * @param se target, {@code > 0}
     * @return this
     */
    public Builder targetSe(double se) {
      this.targetSe = se;
      return this;
    }

    /**
     * The operational length limits.
     *
     * @param min minimum
     * @param max maximum
     * @return this
     */
    public Builder length(int min, int max) {
      this.minItems = min;
      this.maxItems = max;
      return this;
    }

    /**
     * The exposure control.
     *
     * @param control the control
     * @return this
     */
    public Builder exposure(ExposureControl control) {
      this.exposure = control;
      return this;
    }

    /**
     * A content target.
     *
     * @param tag content tag
     * @param share target share (normalised over all targets)
     * @return this
     */
    public Builder contentTarget(String tag, double share) {
      contentTargets.put(tag, share);
      return this;
    }

    /**
     * Excludes items.
     *
     * @param ids item ids never to select
     * @return this
     */
    public Builder exclude(Set<String> ids) {
      excluded.addAll(ids);
      return this;
    }

    /**
     * Adds a pretest item.
     *
     * @param position 1-based position among all items shown
     * @param item the pretest item
     * @return this
     */
    public Builder pretest(int position, BankItem item) {
      pretest.add(new PretestSlot(position, item));
      return this;
    }

    /**
     * The rules.
     *
     * @return validated rules
     */
    public CatRules build() {
      return new CatRules(
          targetSe, minItems, maxItems, exposure, contentTargets, excluded, pretest);
    }
  }
}
