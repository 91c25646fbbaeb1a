package io.skillspassport.assessments.control;

import io.skillspassport.assessments.entity.AssessmentItem;
import io.skillspassport.assessments.entity.BankSubskill;
import io.skillspassport.assessments.entity.DeliverySettings;
import io.skillspassport.scoring.cat.AdaptiveTest;
import io.skillspassport.scoring.cat.BankItem;
import io.skillspassport.scoring.cat.CatRules;
import io.skillspassport.scoring.cat.CatSession;
import io.skillspassport.scoring.cat.CatStep;
import io.skillspassport.scoring.cat.ExposureControl;
import io.skillspassport.scoring.cat.ItemBank;
import io.skillspassport.scoring.cat.StopReason;
import io.skillspassport.scoring.irt.ThetaEstimate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One attempt's adaptive test, rebuilt from what the attempt stores: the family's bank, its
 * delivery settings, the items excluded for this candidate, the attempt's seed and its pretest
 * placement. Plain Java over the scoring module's {@link CatSession}; no state of its own, so every
 * request rebuilds it from the stored answers and gets the same decisions.
 *
 * <p>The rules (published on {@code /methodology}):
 *
 * <ul>
 *   <li>θ is estimated by EAP under the N(0,1) prior after every answer; the next item is the most
 *       informative at θ̂ (Fisher information) among the unseen, not excluded items of the
 *       sub-skill whose share of the scored items so far is furthest below the bank's target share
 *       (Kingsbury &amp; Zara 1989);
 *   <li>exposure control is randomesque (Kingsbury &amp; Zara 1989): one of the {@value
 *       #RANDOMESQUE} most informative eligible items, drawn with a generator seeded from the
 *       attempt's seed and the position, {@code SplittableRandom(seed ^
 *       position·0x9E3779B97F4A7C15)}, so that a reload, a resumed session or the unreached-item
 *       rule replays exactly the draw the candidate would have met;
 *   <li>the test stops once the posterior SD is at most the family's target after its minimum
 *       number of scored items, or at its maximum, or when no eligible item is left;
 *   <li>one pretest item per attempt (when the bank has pretest items) is served at a fixed
 *       position within the minimum length; its answer is stored but never scored.
 * </ul>
 *
 * <p><b>Unreached-item rule</b> ({@link #closeEarly}): an attempt that ends before its stopping
 * rule is met (time limit, or the candidate ends it) is scored as if the candidate had gone on and
 * answered every item the test would have served next wrongly (the lowest category of a graded
 * item), until the stopping rule or the maximum length. Because the continuation replays the
 * attempt's own seeded draws, the score equals, by construction, the score of the same attempt
 * continued with wrong answers; before the minimum number of scored items there is no score at all.
 * So stopping early can never score higher than going on and answering wrongly.
 */
public final class AdaptiveForm {

  /** The size of the randomesque group: the next item is one of the this many most informative. */
  public static final int RANDOMESQUE = 3;

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  /**
   * One answered item as the scoring model sees it.
   *
   * @param code the item code
   * @param scored the scored response (0/1, or the option's category for a graded item)
   */
  public record Answered(String code, int scored) {}

  /**
   * The pretest item of an attempt and its position among all items shown (1-based).
   *
   * @param code the pretest item's code
   * @param position where it is served
   */
  public record Pretest(String code, int position) {}

  /** What the test does next. */
  public sealed interface Next {}

  /**
   * Serve this item.
   *
   * @param code the item code
   */
  public record Serve(String code) implements Next {}

  /**
   * The test is over.
   *
   * @param reason the stopping rule that ended it
   * @param estimate the EAP estimate and posterior SD
   * @param administered scored items answered by the candidate
   * @param unreached scored items counted wrong by the unreached-item rule (0 unless ended early)
   */
  public record Finished(StopReason reason, ThetaEstimate estimate, int administered, int unreached)
      implements Next {}

  private final AdaptiveTest test;
  private final long seed;

  private AdaptiveForm(AdaptiveTest test, long seed) {
    this.test = test;
    this.seed = seed;
  }

  /**
   * The adaptive test of one attempt.
   *
   * @param bank the bank's active items, operational and pretest
   * @param subskills the bank's sub-skills with their target shares (empty: no content balancing)
   * @param settings the family's delivery settings
   * @param excluded codes of items never to serve to this candidate
   * @param seed the attempt's seed
   * @param pretest the attempt's pretest item, if any
   * @return the form
   */
  public static AdaptiveForm of(
      List<AssessmentItem> bank,
      List<BankSubskill> subskills,
      DeliverySettings settings,
      Set<String> excluded,
      long seed,
      Optional<Pretest> pretest) {
    CatRules.Builder rules =
        CatRules.builder()
            .targetSe(settings.targetSe())
            .length(settings.minItems(), settings.maxItems())
            .exposure(new ExposureControl.Randomesque(RANDOMESQUE))
            .exclude(excluded);
    Map<String, AssessmentItem> byCode = new HashMap<>();
    for (AssessmentItem item : bank) {
      byCode.put(item.code(), item);
    }
    List<BankItem> operational =
        bank.stream()
            .filter(i -> !i.isPretest())
            .map(i -> new BankItem(i.scoringItem(), i.subskill()))
            .toList();
    for (BankSubskill s : subskills) {
      if (operational.stream().anyMatch(i -> i.tag().equals(s.code()))) {
        rules.contentTarget(s.code(), s.share());
      }
    }
    pretest.ifPresent(
        p -> {
          AssessmentItem item =
              Objects.requireNonNull(byCode.get(p.code()), "pretest item " + p.code());
          rules.pretest(p.position(), new BankItem(item.scoringItem(), item.subskill()));
        });
    return new AdaptiveForm(AdaptiveTest.of(ItemBank.of(operational), rules.build()), seed);
  }

  /**
   * What to do after the answers given so far.
   *
   * @param answers the answers in the order given (operational and pretest)
   * @return the item to serve, or the finished test
   */
  public Next next(List<Answered> answers) {
    CatSession session = resume(answers);
    CatStep step = session.next(random(answers.size() + 1));
    if (step instanceof CatStep.Administer administer) {
      return new Serve(administer.item().id());
    }
    CatStep.Stop stop = (CatStep.Stop) step;
    return new Finished(stop.reason(), stop.estimate(), stop.operationalItems(), 0);
  }

  /**
   * The unreached-item rule, for an attempt that ends before its stopping rule is met: empty before
   * the minimum number of scored items (no score); otherwise the test goes on from the answers
   * given, every further item it serves answered with its lowest category, until it stops.
   *
   * @param answers the answers in the order given
   * @return the finished test, or empty when too few scored items were answered
   */
  public Optional<Finished> closeEarly(List<Answered> answers) {
    CatSession session = resume(answers);
    int administered = session.operationalCount();
    if (administered < test.rules().minItems()) {
      return Optional.empty();
    }
    while (true) {
      CatStep step = session.next(random(session.answers().size() + 1));
      if (step instanceof CatStep.Stop stop) {
        return Optional.of(
            new Finished(
                stop.reason(),
                stop.estimate(),
                administered,
                stop.operationalItems() - administered));
      }
      CatStep.Administer serve = (CatStep.Administer) step;
      session = session.record(serve, serve.item().item().lowestResponse());
    }
  }

  /** The number of scored items answered among {@code answers}. */
  public int administered(List<Answered> answers) {
    return resume(answers).operationalCount();
  }

  private CatSession resume(List<Answered> answers) {
    return test.resume(
        answers.stream().map(a -> CatSession.Answer.of(a.code(), a.scored())).toList());
  }

  private SplittableRandom random(int position) {
    return new SplittableRandom(seed ^ (position * GOLDEN));
  }
}
