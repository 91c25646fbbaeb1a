package io.skillspassport.scoring.cat;

import io.skillspassport.scoring.irt.EstimationMethod;
import io.skillspassport.scoring.irt.Item;
import io.skillspassport.scoring.irt.Quadrature;
import io.skillspassport.scoring.irt.ThetaEstimate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * One candidate's adaptive test so far: immutable; {@link #next} says what to do and {@link
 * #record} returns the session with one more answer.
 *
 * <p>{@link #next} decides, in this order:
 *
 * <ol>
 *   <li>stop with {@link StopReason#MAXIMUM_LENGTH} once {@code maxItems} operational items were
 *       given; stop with {@link StopReason#TARGET_SE_REACHED} once at least {@code minItems} were
 *       and the posterior SD is at most the target;
 *   <li>a pretest item whose position is the next position (1-based over all items shown);
 *   <li>otherwise the eligible bank items — not given, not excluded, not set aside — restricted,
 *       with content targets, to the tag whose share of the operational items so far is furthest
 *       below its target (Kingsbury &amp; Zara 1989; ties to the larger target, then the tag name);
 *   <li>ranked by Fisher information {@code I_i(θ̂)} at the current EAP θ̂ (ties by bank order) and
 *       picked by the exposure control: the first, one of the first k at random (randomesque), or
 *       the first that passes its Sympson–Hetter lottery ({@code u < K_i}, rejected ones set aside;
 *       if every eligible item is rejected, the last one considered is given);
 *   <li>{@link StopReason#BANK_EXHAUSTED} when nothing is eligible.
 * </ol>
 *
 * Pretest answers are kept in {@link #answers()} but never enter θ̂, the SE, the stopping rule, the
 * operational length or the content shares.
 *
 * <p>The random generator is passed in, so a seeded generator replays a session exactly.
 */
public final class CatSession {

  /**
   * One answer.
   *
   * @param itemId the item
   * @param response the response value
   * @param pretest whether the item was a pretest item
   */
  public record Answer(String itemId, int response, boolean pretest) {
    /**
     * An answer whose kind the session works out.
     *
     * @param itemId the item
     * @param response the response value
     * @return the answer (pretest flag false; ignored by {@link AdaptiveTest#resume})
     */
    public static Answer of(String itemId, int response) {
      return new Answer(itemId, response, false);
    }
  }

  private static final double NEGLIGIBLE = -40;

  private final AdaptiveTest test;
  private final List<Answer> answers;
  private final Set<String> unavailable;
  private final double[] logPosterior;
  private final int operational;
  private final Map<String, Integer> tagCounts;
  private final ThetaEstimate estimate;

  private CatSession(
      AdaptiveTest test,
      List<Answer> answers,
      Set<String> unavailable,
      double[] logPosterior,
      int operational,
      Map<String, Integer> tagCounts) {
    this.test = test;
    this.answers = answers;
    this.unavailable = unavailable;
    this.logPosterior = logPosterior;
    this.operational = operational;
    this.tagCounts = tagCounts;
    this.estimate = summarise(test.quadrature(), logPosterior);
  }

  static CatSession start(AdaptiveTest test) {
    Quadrature q = test.quadrature();
    double[] prior = new double[q.size()];
    for (int n = 0; n < prior.length; n++) {
      prior[n] = Math.log(q.weight(n));
    }
    return new CatSession(test, List.of(), Set.of(), prior, 0, Map.of());
  }

  /**
   * The answers so far, in order.
   *
   * @return answers (operational and pretest)
   */
  public List<Answer> answers() {
    return answers;
  }

  /**
   * The EAP estimate from the operational answers (the prior, θ̂ = 0 and SD ≈ 1, before any).
   *
   * @return θ̂ and the posterior SD
   */
  public ThetaEstimate estimate() {
    return estimate;
  }

  /**
   * The number of operational (scored) items answered.
   *
   * @return the operational length so far
   */
  public int operationalCount() {
    return operational;
  }

  /**
   * What to do next.
   *
   * @param random source of the exposure-control draws
   * @return an item to administer, or the reason to stop
   */
  public CatStep next(RandomGenerator random) {
    CatRules rules = test.rules();
    if (operational >= rules.maxItems()) {
      return new CatStep.Stop(StopReason.MAXIMUM_LENGTH, estimate, operational);
    }
    if (operational >= rules.minItems() && estimate.requireStandardError() <= rules.targetSe()) {
      return new CatStep.Stop(StopReason.TARGET_SE_REACHED, estimate, operational);
    }
    int position = answers.size() + 1;
    for (PretestSlot slot : rules.pretest()) {
      if (slot.position() == position && !unavailable.contains(slot.item().id())) {
        return new CatStep.Administer(slot.item(), true, List.of());
      }
    }
    ItemBank bank = test.bank();
    String tag = contentArea();
    int[] eligible = new int[bank.size()];
    int count = 0;
    for (int i = 0; i < bank.size(); i++) {
      BankItem item = bank.item(i);
      if (!unavailable.contains(item.id())
          && !rules.excluded().contains(item.id())
          && (tag == null || item.tag().equals(tag))) {
        eligible[count++] = i;
      }
    }
    if (count == 0) {
      return new CatStep.Stop(StopReason.BANK_EXHAUSTED, estimate, operational);
    }
    double[] info = information(eligible, count);
    ExposureControl control = rules.exposure();
    if (control instanceof ExposureControl.Randomesque r) {
      int k = Math.min(r.k(), count);
      int pick = k == 1 ? 0 : random.nextInt(k);
      for (int c = 0; c < pick; c++) {
        takeBest(eligible, info, count - c);
      }
      return administer(takeBest(eligible, info, count - pick), List.of());
    }
    if (control instanceof ExposureControl.SympsonHetter sh) {
      List<String> setAside = new ArrayList<>();
      for (int c = 0; c < count; c++) {
        int i = takeBest(eligible, info, count - c);
        String id = bank.item(i).id();
        if (c == count - 1 || random.nextDouble() < sh.parameter(id)) {
          return administer(i, setAside);
        }
        setAside.add(id);
      }
    }
    return administer(takeBest(eligible, info, count), List.of());
  }

  /**
   * The session with one more answer to the item a step named.
   *
   * @param step the step returned by {@link #next}
   * @param response the candidate's response
   * @return the new session
   * @throws IllegalArgumentException if the response is not a category of the item
   */
  public CatSession record(CatStep.Administer step, int response) {
    return add(step.item().id(), response, step.setAside());
  }

  /**
   * The session with one more answer (no items set aside).
   *
   * @param itemId a bank or pretest item id not answered yet
   * @param response the response
   * @return the new session
   * @throws IllegalArgumentException if the item is unknown or answered, or the response is not one
   *     of its categories
   */
  public CatSession answer(String itemId, int response) {
    return add(itemId, response, List.of());
  }

  private CatSession add(String itemId, int response, List<String> setAside) {
    if (answers.stream().anyMatch(a -> a.itemId().equals(itemId))) {
      throw new IllegalArgumentException("item '" + itemId + "' was already answered");
    }
    Set<String> nowUnavailable = new HashSet<>(unavailable);
    nowUnavailable.add(itemId);
    nowUnavailable.addAll(setAside);
    List<Answer> more = new ArrayList<>(answers);
    PretestSlot slot = test.pretest(itemId);
    if (slot != null) {
      requireCategory(slot.item().item(), response);
      more.add(new Answer(itemId, response, true));
      return new CatSession(
          test,
          List.copyOf(more),
          Set.copyOf(nowUnavailable),
          logPosterior,
          operational,
          tagCounts);
    }
    int i =
        test.bank()
            .indexOf(itemId)
            .orElseThrow(
                () -> new IllegalArgumentException("item '" + itemId + "' is not in the test"));
    BankItem item = test.bank().item(i);
    requireCategory(item.item(), response);
    more.add(new Answer(itemId, response, false));
    int nodes = logPosterior.length;
    double[] table = test.logTable(i);
    int base = (response - item.item().lowestResponse()) * nodes;
    double[] post = logPosterior.clone();
    for (int n = 0; n < nodes; n++) {
      post[n] += table[base + n];
    }
    Map<String, Integer> tags = new HashMap<>(tagCounts);
    tags.merge(item.tag(), 1, Integer::sum);
    return new CatSession(
        test,
        List.copyOf(more),
        Set.copyOf(nowUnavailable),
        post,
        operational + 1,
        Map.copyOf(tags));
  }

  private static void requireCategory(Item item, int response) {
    if (!item.accepts(response)) {
      throw new IllegalArgumentException(
          "response "
              + response
              + " is outside the categories "
              + item.lowestResponse()
              + ".."
              + item.highestResponse()
              + " of item '"
              + item.id()
              + "'");
    }
  }

  private CatStep.Administer administer(int index, List<String> setAside) {
    return new CatStep.Administer(test.bank().item(index), false, setAside);
  }

  /** The content tag to draw from, or null without content targets. */
  private String contentArea() {
    Map<String, Double> targets = test.rules().contentTargets();
    if (targets.isEmpty()) {
      return null;
    }
    String best = null;
    double bestDeficit = Double.NEGATIVE_INFINITY;
    double bestTarget = 0;
    List<String> tags = new ArrayList<>(targets.keySet());
    tags.sort(null);
    for (String tag : tags) {
      if (!hasEligible(tag)) {
        continue;
      }
      double target = targets.get(tag);
      double share = operational == 0 ? 0 : tagCounts.getOrDefault(tag, 0) / (double) operational;
      double deficit = target - share;
      if (deficit > bestDeficit + 1e-12
          || (Math.abs(deficit - bestDeficit) <= 1e-12 && target > bestTarget)) {
        best = tag;
        bestDeficit = deficit;
        bestTarget = target;
      }
    }
    // No target tag has an eligible item: any target tag then selects nothing, so the test stops
    // with BANK_EXHAUSTED instead of leaving the content targets.
    return best == null ? tags.get(0) : best;
  }

  private boolean hasEligible(String tag) {
    for (BankItem item : test.bank().items()) {
      if (item.tag().equals(tag)
          && !unavailable.contains(item.id())
          && !test.rules().excluded().contains(item.id())) {
        return true;
      }
    }
    return false;
  }

  /** Information of each eligible item at θ̂, indexed like {@code eligible}. */
  private double[] information(int[] eligible, int count) {
    double theta = estimate.requireTheta();
    double[] info = new double[count];
    for (int c = 0; c < count; c++) {
      info[c] = test.bank().item(eligible[c]).item().information(theta);
    }
    return info;
  }

  /**
   * Removes and returns the most informative of the first {@code live} entries (ties to the lower
   * bank index), moving the last live entry into its place: selection without a full sort, since
   * usually only the first one or few are needed.
   */
  private static int takeBest(int[] eligible, double[] info, int live) {
    int best = 0;
    for (int c = 1; c < live; c++) {
      if (info[c] > info[best] || (info[c] == info[best] && eligible[c] < eligible[best])) {
        best = c;
      }
    }
    int item = eligible[best];
    eligible[best] = eligible[live - 1];
    info[best] = info[live - 1];
    return item;
  }

  /** EAP and posterior SD from a log posterior on the quadrature nodes (as {@code EapScorer}). */
  private static ThetaEstimate summarise(Quadrature q, double[] logPost) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : logPost) {
      max = Math.max(max, v);
    }
    double[] p = new double[logPost.length];
    double sum = 0;
    double first = 0;
    for (int n = 0; n < p.length; n++) {
      double d = logPost[n] - max;
      p[n] = d < NEGLIGIBLE ? 0 : Math.exp(d);
      sum += p[n];
      first += p[n] * q.node(n);
    }
    double mean = first / sum;
    double second = 0;
    for (int n = 0; n < p.length; n++) {
      double d = q.node(n) - mean;
      second += p[n] * d * d;
    }
    return ThetaEstimate.of(EstimationMethod.EAP, mean, Math.sqrt(second / sum));
  }
}
