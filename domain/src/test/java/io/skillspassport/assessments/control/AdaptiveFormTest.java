package io.skillspassport.assessments.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.assessments.control.AdaptiveForm.Answered;
import io.skillspassport.assessments.control.AdaptiveForm.Finished;
import io.skillspassport.assessments.control.AdaptiveForm.Next;
import io.skillspassport.assessments.control.AdaptiveForm.Serve;
import io.skillspassport.assessments.entity.AssessmentItem;
import io.skillspassport.assessments.entity.BankSubskill;
import io.skillspassport.assessments.entity.DeliverySettings;
import io.skillspassport.assessments.entity.ItemDetails;
import io.skillspassport.assessments.entity.ParameterStatus;
import io.skillspassport.scoring.cat.StopReason;
import io.skillspassport.scoring.scale.ReportingScale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The adaptive test of one attempt and the unreached-item rule, over seeded simulated candidates.
 *
 * <p>The bank is built by the rule of the new bank files (BANK-FORMAT): 64 operational items over
 * three sub-skills, a = 1.0, b = rating − 3.5 for ratings 1–6, c = 1/4, plus 4 pretest items, and a
 * small graded-response bank. Simulated candidates answer by the model from a seeded θ ~ N(0, 1).
 * Expected scores are recomputed here by an independent EAP (a uniform grid of 1601 points on [−8,
 * 8] with the N(0,1) density, written in this test) from the items served and the responses given.
 */
class AdaptiveFormTest {

  private static final DeliverySettings SETTINGS = new DeliverySettings(8, 30, 0.30, 45);
  private static final List<String> SUBSKILLS = List.of("quantitative", "verbal", "abstract");
  private static final List<BankSubskill> SHARES =
      List.of(
          new BankSubskill("CR", 1, "quantitative", "Quantitative", 0.34),
          new BankSubskill("CR", 1, "verbal", "Verbal", 0.33),
          new BankSubskill("CR", 1, "abstract", "Abstract", 0.33));
  private static final ReportingScale SCALE = ReportingScale.standard();

  private static final List<AssessmentItem> BANK = threePlBank();
  private static final Map<String, AssessmentItem> BY_CODE = index(BANK);

  @Test
  void stoppingEarlyScoresExactlyLikeContinuingWithWrongAnswersAndNeverAboveIt() {
    int checked = 0;
    int aboveOwnContinuation = 0;
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom candidate = new SplittableRandom(1000 + seed);
      double theta = candidate.nextGaussian();
      AdaptiveForm form = form(seed, Set.of(), Optional.empty());
      List<Answered> own = run(form, List.of(), (code, i) -> byModel(code, theta, candidate));
      int ownScore = reported(own);
      int administered = form.administered(own);
      for (int k = 1; k <= own.size(); k++) {
        List<Answered> stopped = own.subList(0, k);
        Optional<Finished> closed = form.closeEarly(stopped);
        if (form.administered(stopped) < SETTINGS.minItems()) {
          assertThat(closed).as("no score before the minimum").isEmpty();
          continue;
        }
        List<Answered> wrong = run(form, stopped, (code, i) -> lowest(code));
        Finished close = closed.orElseThrow();
        int stoppedScore = SCALE.scale(close.estimate()).reported();
        assertThat(stoppedScore)
            .as("seed %d, stopped after %d", seed, k)
            .isEqualTo(reported(wrong));
        assertThat(close.administered() + close.unreached()).isEqualTo(form.administered(wrong));
        assertThat(close.estimate().requireTheta())
            .isCloseTo(independentEap(wrong)[0], org.assertj.core.data.Offset.offset(1e-3));
        if (stoppedScore > ownScore) {
          aboveOwnContinuation++;
        }
        checked++;
      }
      assertThat(administered).isBetween(SETTINGS.minItems(), SETTINGS.maxItems());
    }
    assertThat(checked).isGreaterThan(500);
    // Not guaranteed by construction (the continuations serve different items), but expected:
    // the candidate's own answers never score below all-wrong ones on these seeds.
    assertThat(aboveOwnContinuation).isZero();
  }

  @Test
  void servesNoItemTwiceNoExcludedItemAndBalancesTheSubskills() {
    Set<String> excluded = Set.of("CR-001", "CR-002", "CR-010", "CR-033");
    for (long seed = 1; seed <= 30; seed++) {
      SplittableRandom candidate = new SplittableRandom(seed);
      double theta = candidate.nextGaussian();
      AdaptiveForm form = form(seed, excluded, Optional.empty());
      List<Answered> answers = run(form, List.of(), (code, i) -> byModel(code, theta, candidate));
      Set<String> seen = new HashSet<>();
      Map<String, Integer> perSubskill = new HashMap<>();
      for (Answered a : answers) {
        assertThat(seen.add(a.code())).as("served twice: " + a.code()).isTrue();
        assertThat(excluded).doesNotContain(a.code());
        perSubskill.merge(BY_CODE.get(a.code()).subskill(), 1, Integer::sum);
      }
      int n = answers.size();
      for (BankSubskill s : SHARES) {
        assertThat((double) perSubskill.getOrDefault(s.code(), 0))
            .as("seed %d, %s of %d", seed, s.code(), n)
            .isBetween(s.share() * n - 1.01, s.share() * n + 1.01);
      }
    }
  }

  @Test
  void stopsAtTheTargetSeOrTheMaximumAndScoresLikeAnIndependentEap() {
    for (long seed = 1; seed <= 20; seed++) {
      SplittableRandom candidate = new SplittableRandom(seed * 7);
      double theta = candidate.nextGaussian();
      AdaptiveForm form = form(seed, Set.of(), Optional.empty());
      List<Answered> answers = run(form, List.of(), (code, i) -> byModel(code, theta, candidate));
      Finished done = (Finished) form.next(answers);
      double[] eap = independentEap(answers);
      assertThat(done.estimate().requireTheta())
          .isCloseTo(eap[0], org.assertj.core.data.Offset.offset(1e-3));
      assertThat(done.estimate().requireStandardError())
          .isCloseTo(eap[1], org.assertj.core.data.Offset.offset(1e-3));
      if (done.reason() == StopReason.TARGET_SE_REACHED) {
        assertThat(eap[1]).isLessThanOrEqualTo(0.30 + 1e-3);
        assertThat(answers.size()).isGreaterThanOrEqualTo(8);
      } else {
        assertThat(done.reason()).isEqualTo(StopReason.MAXIMUM_LENGTH);
        assertThat(answers).hasSize(30);
      }
    }
  }

  @Test
  void servesThePretestItemAtItsPositionWithoutScoringIt() {
    AdaptiveForm form = form(5, Set.of(), Optional.of(new AdaptiveForm.Pretest("CR-P02", 4)));
    SplittableRandom candidate = new SplittableRandom(5);
    List<Answered> answers = run(form, List.of(), (code, i) -> byModel(code, 0.4, candidate));
    assertThat(answers.get(3).code()).isEqualTo("CR-P02");
    assertThat(form.administered(answers)).isEqualTo(answers.size() - 1);
    List<Answered> withoutPretest = new ArrayList<>(answers);
    withoutPretest.remove(3);
    Finished done = (Finished) form.next(answers);
    assertThat(done.estimate().requireTheta())
        .isCloseTo(independentEap(withoutPretest)[0], org.assertj.core.data.Offset.offset(1e-3));
  }

  @Test
  void replaysTheSameItemsForTheSameSeedAndAnswers() {
    AdaptiveForm one = form(42, Set.of(), Optional.empty());
    AdaptiveForm two = form(42, Set.of(), Optional.empty());
    List<Answered> a = run(one, List.of(), (code, i) -> i % 3 == 0 ? 0 : 1);
    List<Answered> b = run(two, List.of(), (code, i) -> i % 3 == 0 ? 0 : 1);
    assertThat(b).isEqualTo(a);
    List<Answered> other = run(form(43, Set.of(), Optional.empty()), List.of(), (c, i) -> 1);
    assertThat(other).isNotEqualTo(run(one, List.of(), (c, i) -> 1));
  }

  // --- the simulated candidate and the independent scorer ---------------------------------------

  /** Drives the form from {@code start}, answering each served item by {@code answer}. */
  private static List<Answered> run(
      AdaptiveForm form, List<Answered> start, BiFunction<String, Integer, Integer> answer) {
    List<Answered> answers = new ArrayList<>(start);
    while (true) {
      Next next = form.next(answers);
      if (next instanceof Serve serve) {
        answers.add(new Answered(serve.code(), answer.apply(serve.code(), answers.size())));
      } else {
        return List.copyOf(answers);
      }
    }
  }

  private static int byModel(String code, double theta, SplittableRandom random) {
    AssessmentItem item = BY_CODE.get(code);
    double p = probabilityRight(item, theta);
    return random.nextDouble() < p ? 1 : 0;
  }

  private static int lowest(String code) {
    return 0;
  }

  /** 3PL: c + (1 − c)/(1 + exp(−a(θ − b))), from the bank rule, not from the scoring module. */
  private static double probabilityRight(AssessmentItem item, double theta) {
    int rating = item.details().difficultyRating().orElseThrow();
    double b = rating - 3.5;
    return 0.25 + 0.75 / (1 + Math.exp(-(theta - b)));
  }

  private int reported(List<Answered> answers) {
    double[] eap = independentEap(answers);
    return SCALE.scale(eap[0], eap[1]).reported();
  }

  /** EAP and posterior SD of the operational answers on a 1601-point grid on [−8, 8]. */
  private static double[] independentEap(List<Answered> answers) {
    int points = 1601;
    double sum = 0;
    double first = 0;
    double[] w = new double[points];
    double[] t = new double[points];
    for (int g = 0; g < points; g++) {
      t[g] = -8 + 16.0 * g / (points - 1);
      double log = -t[g] * t[g] / 2;
      for (Answered a : answers) {
        AssessmentItem item = BY_CODE.get(a.code());
        if (item.isPretest()) {
          continue;
        }
        double p = probabilityRight(item, t[g]);
        log += Math.log(a.scored() == 1 ? p : 1 - p);
      }
      w[g] = Math.exp(log);
      sum += w[g];
      first += w[g] * t[g];
    }
    double mean = first / sum;
    double second = 0;
    for (int g = 0; g < points; g++) {
      second += w[g] * (t[g] - mean) * (t[g] - mean);
    }
    return new double[] {mean, Math.sqrt(second / sum)};
  }

  private static AdaptiveForm form(
      long seed, Set<String> excluded, Optional<AdaptiveForm.Pretest> p) {
    return AdaptiveForm.of(BANK, SHARES, SETTINGS, excluded, seed, p);
  }

  /** 64 operational items (rating 1–6 cycling, sub-skills cycling) and 4 pretest items. */
  private static List<AssessmentItem> threePlBank() {
    List<AssessmentItem> bank = new ArrayList<>();
    for (int n = 1; n <= 68; n++) {
      boolean pretest = n > 64;
      String code = pretest ? "CR-P%02d".formatted(n - 64) : "CR-%03d".formatted(n);
      int rating = (n - 1) % 6 + 1;
      String subskill = SUBSKILLS.get((n - 1) / 6 % 3);
      bank.add(
          AssessmentItem.threePl(
                  "CR",
                  code,
                  1,
                  n,
                  "Item " + n,
                  null,
                  List.of("a", "b", "c", "d"),
                  n % 4,
                  null,
                  1.0,
                  rating - 3.5,
                  0.25)
              .describe(
                  new ItemDetails(
                      subskill,
                      pretest,
                      Optional.empty(),
                      ParameterStatus.PROVISIONAL,
                      List.of(),
                      OptionalInt.of(rating))));
    }
    return List.copyOf(bank);
  }

  private static Map<String, AssessmentItem> index(List<AssessmentItem> bank) {
    Map<String, AssessmentItem> byCode = new HashMap<>();
    bank.forEach(i -> byCode.put(i.code(), i));
    return byCode;
  }
}
