package io.skillspassport.assessments.control;

import io.skillspassport.assessments.entity.AssessmentItem;
import io.skillspassport.assessments.entity.BankSubskill;
import io.skillspassport.assessments.entity.DeliverySettings;
import io.skillspassport.scoring.irt.GradedResponseItem;
import io.skillspassport.scoring.irt.Item;
import io.skillspassport.scoring.irt.ThreePlItem;
import io.skillspassport.scoring.irt.TwoPlItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded simulation of candidates answering a bank through the portal's own adaptive test ({@link
 * AdaptiveForm}, the class that serves real attempts), to check that {@link
 * FixedParameterCalibration} recovers the parameters that generated the responses.
 *
 * <p>Generating parameters: the operational items answer with their bank parameters — the premise
 * of fixed-parameter calibration is that the anchors are right. Each pretest item gets "true"
 * parameters that differ from its provisional ones, as an expert's guess differs from the truth:
 * {@code a_true = a·exp(z₁·0.3)}, {@code b_true = b + z₂·0.5} (a graded item's thresholds all shift
 * by {@code z₂·0.5}), c unchanged, with z from the seeded generator.
 *
 * <p>Candidates: θ ~ N(0, 1); each start draws its pretest item and position and its attempt seed
 * exactly as {@code SampleAssessments.start} does (a uniformly drawn pretest item, position {@code
 * 2 + U{0..min−2}}), then answers every item served by drawing a category from the generating
 * model's probabilities at θ, until the test stops. No item is excluded (every candidate is new).
 *
 * <p>Everything derives from one {@link SplittableRandom} seeded with the given seed, so a seed and
 * N give the same responses on every run and machine.
 */
public final class RecoverySimulation {

  /** SD of the log-ratio between a pretest item's true and provisional a. */
  public static final double LOG_A_SPREAD = 0.3;

  /** SD of the shift between a pretest item's true and provisional b. */
  public static final double B_SPREAD = 0.5;

  /**
   * Simulated responses with the parameters that generated them.
   *
   * @param generating generating parameters by item code (every active item)
   * @param attempts the simulated finished attempts
   */
  public record Simulated(Map<String, Item> generating, List<ScoredAttempt> attempts) {}

  private RecoverySimulation() {}

  /**
   * Simulates {@code candidates} attempts.
   *
   * @param bank the active items (operational and pretest)
   * @param subskills the bank's sub-skills
   * @param settings the family's delivery settings
   * @param candidates how many, at least 1
   * @param seed the seed
   * @return the responses and generating parameters
   */
  public static Simulated run(
      List<AssessmentItem> bank,
      List<BankSubskill> subskills,
      DeliverySettings settings,
      int candidates,
      long seed) {
    if (candidates < 1) {
      throw new IllegalArgumentException("Simulate at least one candidate, was " + candidates);
    }
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Item> generating = new LinkedHashMap<>();
    for (AssessmentItem item : bank) {
      Item p = item.scoringItem();
      generating.put(item.code(), item.isPretest() ? perturbed(p, random) : p);
    }
    List<AssessmentItem> pretests = bank.stream().filter(AssessmentItem::isPretest).toList();
    List<ScoredAttempt> attempts = new ArrayList<>();
    for (int c = 0; c < candidates; c++) {
      double theta = gaussian(random);
      long attemptSeed = random.nextLong();
      SplittableRandom draw = new SplittableRandom(attemptSeed);
      Optional<AssessmentItem> pretest =
          pretests.isEmpty()
              ? Optional.empty()
              : Optional.of(pretests.get(draw.nextInt(pretests.size())));
      int position = 2 + draw.nextInt(Math.max(1, settings.minItems() - 1));
      AdaptiveForm form =
          AdaptiveForm.of(
              bank.stream()
                  .filter(i -> !i.isPretest() || pretest.map(i::equals).orElse(false))
                  .toList(),
              subskills,
              settings,
              Set.of(),
              attemptSeed,
              pretest.map(p -> new AdaptiveForm.Pretest(p.code(), position)));
      List<AdaptiveForm.Answered> answers = new ArrayList<>();
      Set<String> served = new HashSet<>();
      Map<String, Integer> scored = new LinkedHashMap<>();
      while (form.next(answers) instanceof AdaptiveForm.Serve serve) {
        int response = respond(generating.get(serve.code()), theta, random);
        answers.add(new AdaptiveForm.Answered(serve.code(), response));
        served.add(serve.code());
        scored.put(serve.code(), response);
      }
      attempts.add(new ScoredAttempt(served, scored, pretest.map(AssessmentItem::code)));
    }
    return new Simulated(generating, attempts);
  }

  private static Item perturbed(Item p, SplittableRandom random) {
    double a = p.discrimination() * Math.exp(LOG_A_SPREAD * gaussian(random));
    double shift = B_SPREAD * gaussian(random);
    if (p instanceof GradedResponseItem) {
      double[] b = new double[p.thresholdCount()];
      for (int k = 0; k < b.length; k++) {
        b[k] = p.threshold(k) + shift;
      }
      return GradedResponseItem.of(p.id(), a, b);
    }
    if (p instanceof ThreePlItem three) {
      return ThreePlItem.of(p.id(), a, p.threshold(0) + shift, three.guessing());
    }
    return TwoPlItem.of(p.id(), a, p.threshold(0) + shift);
  }

  /** A response drawn from the item's category probabilities at θ (inverse CDF). */
  private static int respond(Item item, double theta, SplittableRandom random) {
    double u = random.nextDouble();
    double cumulative = 0;
    for (int r = item.lowestResponse(); r < item.highestResponse(); r++) {
      cumulative += item.probability(r, theta);
      if (u < cumulative) {
        return r;
      }
    }
    return item.highestResponse();
  }

  /** A standard normal draw (Box–Muller, one of the pair), from the seeded generator only. */
  private static double gaussian(SplittableRandom random) {
    double u1 = 1 - random.nextDouble();
    double u2 = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}
