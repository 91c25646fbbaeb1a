package io.skillspassport.scoring.cat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.scoring.irt.EapScorer;
import io.skillspassport.scoring.irt.Form;
import io.skillspassport.scoring.irt.Item;
import io.skillspassport.scoring.irt.ResponsePattern;
import io.skillspassport.scoring.irt.ThetaEstimate;
import io.skillspassport.scoring.irt.TwoPlItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CatSessionTest {

  private static final List<Item> ITEMS = SeededBank.mixed(100, SeededBank.SEED);

  private static AdaptiveTest test(CatRules rules) {
    return AdaptiveTest.of(ItemBank.of(SeededBank.tagged(ITEMS)), rules);
  }

  /** Runs a session for a simulated candidate at θ to its end. */
  private static List<CatStep> run(AdaptiveTest test, double theta, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<CatStep> steps = new ArrayList<>();
    CatSession session = test.start();
    CatStep step = session.next(random);
    steps.add(step);
    while (step instanceof CatStep.Administer give) {
      session = session.record(give, CatSimulator.respond(give.item().item(), theta, random));
      step = session.next(random);
      steps.add(step);
    }
    return steps;
  }

  private static Item mostInformative(List<Item> candidates, double theta) {
    Item best = null;
    for (Item item : candidates) {
      if (best == null || item.information(theta) > best.information(theta)) {
        best = item;
      }
    }
    return best;
  }

  @Test
  void theEstimateIsTheEapOfTheOperationalAnswersAsEapScorerComputesIt() {
    CatSession session = test(CatRules.builder().build()).start();
    List<Item> answered = new ArrayList<>();
    List<Integer> responses = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 12; i++) {
      Item item = ITEMS.get(7 * i);
      int r = CatSimulator.respond(item, 0.7, random);
      session = session.answer(item.id(), r);
      answered.add(item);
      responses.add(r);
    }
    ThetaEstimate expected =
        EapScorer.of(Form.of(answered))
            .score(ResponsePattern.of(responses.stream().mapToInt(Integer::intValue).toArray()));

    assertThat(session.estimate().requireTheta()).isCloseTo(expected.requireTheta(), within(1e-9));
    assertThat(session.estimate().requireStandardError())
        .isCloseTo(expected.requireStandardError(), within(1e-9));
    assertThat(session.operationalCount()).isEqualTo(12);
  }

  @Test
  void selectsTheMostInformativeItemAtTheCurrentEap() {
    AdaptiveTest test = test(CatRules.builder().targetSe(0.01).length(1, 10).build());
    CatSession session = test.start();
    List<Item> left = new ArrayList<>(ITEMS);
    SplittableRandom random = new SplittableRandom(11);
    for (int step = 0; step < 10; step++) {
      Item expected = mostInformative(left, session.estimate().requireTheta());
      CatStep.Administer give = (CatStep.Administer) session.next(random);
      assertThat(give.item().id()).isEqualTo(expected.id());
      left.remove(expected);
      session = session.record(give, CatSimulator.respond(expected, -0.5, random));
    }
  }

  @Test
  void stopsAtTheTargetSeOnlyAfterTheMinimumAndAlwaysAtTheMaximum() {
    // The prior SD is 1; three good items bring the posterior SD under 0.9 at once.
    List<CatStep> early = run(test(CatRules.builder().targetSe(0.9).length(3, 20).build()), 0, 5);
    CatStep.Stop stop = (CatStep.Stop) early.get(early.size() - 1);
    assertThat(stop.reason()).isEqualTo(StopReason.TARGET_SE_REACHED);
    assertThat(stop.operationalItems()).isEqualTo(3);

    List<CatStep> capped = run(test(CatRules.builder().targetSe(0.05).length(1, 8).build()), 0, 5);
    CatStep.Stop cap = (CatStep.Stop) capped.get(capped.size() - 1);
    assertThat(cap.reason()).isEqualTo(StopReason.MAXIMUM_LENGTH);
    assertThat(cap.operationalItems()).isEqualTo(8);
    assertThat(cap.estimate().requireStandardError()).isGreaterThan(0.05);

    List<CatStep> normal = run(test(CatRules.builder().targetSe(0.3).length(1, 50).build()), 1, 5);
    CatStep.Stop end = (CatStep.Stop) normal.get(normal.size() - 1);
    assertThat(end.reason()).isEqualTo(StopReason.TARGET_SE_REACHED);
    assertThat(end.estimate().requireStandardError()).isLessThanOrEqualTo(0.3);
  }

  @Test
  void neverSelectsExcludedItemsAndStopsWhenTheBankIsUsedUp() {
    List<Item> three =
        List.of(TwoPlItem.of("x", 1, 0), TwoPlItem.of("y", 1.5, 0), TwoPlItem.of("z", 2, 0));
    AdaptiveTest small =
        AdaptiveTest.of(
            ItemBank.untagged(three),
            CatRules.builder().targetSe(0.01).length(1, 10).exclude(Set.of("z")).build());
    List<CatStep> steps = run(small, 0, 1);

    assertThat(steps).hasSize(3);
    assertThat(((CatStep.Administer) steps.get(0)).item().id()).isEqualTo("y");
    assertThat(((CatStep.Administer) steps.get(1)).item().id()).isEqualTo("x");
    assertThat(((CatStep.Stop) steps.get(2)).reason()).isEqualTo(StopReason.BANK_EXHAUSTED);
  }

  @Test
  void pretestItemsAppearAtTheirPositionsAndNeverCount() {
    BankItem p1 = BankItem.of(TwoPlItem.of("pre-1", 0.5, 3));
    BankItem p2 = BankItem.of(TwoPlItem.of("pre-2", 2.5, -1));
    AdaptiveTest test =
        test(CatRules.builder().targetSe(0.01).length(1, 6).pretest(2, p1).pretest(5, p2).build());
    List<CatStep> steps = run(test, 0.3, 9);

    // 6 operational + 2 pretest items shown, then the stop at the operational maximum.
    assertThat(steps).hasSize(9);
    assertThat(((CatStep.Administer) steps.get(1)).item().id()).isEqualTo("pre-1");
    assertThat(((CatStep.Administer) steps.get(1)).pretest()).isTrue();
    assertThat(((CatStep.Administer) steps.get(4)).item().id()).isEqualTo("pre-2");
    CatStep.Stop stop = (CatStep.Stop) steps.get(8);
    assertThat(stop.operationalItems()).isEqualTo(6);

    // Replaying the answers without the pretest ones gives the same estimate.
    SplittableRandom random = new SplittableRandom(9);
    CatSession session = test.start();
    CatStep step = session.next(random);
    while (step instanceof CatStep.Administer give) {
      session = session.record(give, CatSimulator.respond(give.item().item(), 0.3, random));
      step = session.next(random);
    }
    List<CatSession.Answer> operational =
        session.answers().stream().filter(a -> !a.pretest()).toList();
    assertThat(operational).hasSize(6);
    assertThat(session.answers()).hasSize(8);
    CatSession withoutPretest = test.resume(operational);
    assertThat(withoutPretest.estimate()).isEqualTo(session.estimate());
  }

  @Test
  void contentBalancingKeepsEveryTagWithinOneItemOfItsTarget() {
    AdaptiveTest test =
        test(
            CatRules.builder()
                .targetSe(0.01)
                .length(20, 20)
                .contentTarget("A", 4)
                .contentTarget("B", 3)
                .contentTarget("C", 2)
                .contentTarget("D", 1)
                .build());
    for (double theta : new double[] {-2, 0, 2}) {
      Map<String, Integer> counts = new HashMap<>();
      for (CatStep step : run(test, theta, 4)) {
        if (step instanceof CatStep.Administer give) {
          counts.merge(give.item().tag(), 1, Integer::sum);
        }
      }
      assertThat(counts.get("A")).isBetween(7, 9);
      assertThat(counts.get("B")).isBetween(5, 7);
      assertThat(counts.get("C")).isBetween(3, 5);
      assertThat(counts.get("D")).isBetween(1, 3);
      assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(20);
    }
  }

  @Test
  void randomesquePicksUniformlyAmongTheKMostInformative() {
    AdaptiveTest test =
        test(CatRules.builder().exposure(new ExposureControl.Randomesque(3)).build());
    List<Item> left = new ArrayList<>(ITEMS);
    Set<String> top3 = new java.util.HashSet<>();
    for (int i = 0; i < 3; i++) {
      Item best = mostInformative(left, 0);
      top3.add(best.id());
      left.remove(best);
    }
    Map<String, Integer> counts = new HashMap<>();
    SplittableRandom random = new SplittableRandom(2);
    int draws = 3000;
    for (int i = 0; i < draws; i++) {
      CatStep.Administer give = (CatStep.Administer) test.start().next(random);
      counts.merge(give.item().id(), 1, Integer::sum);
    }
    assertThat(counts.keySet()).isEqualTo(top3);
    // Each share 1/3 with binomial SD √(1/3·2/3/3000) = 0.0086: ±0.04 is over 4 SD.
    counts.values().forEach(n -> assertThat(n / (double) draws).isCloseTo(1.0 / 3, within(0.04)));
  }

  @Test
  void sympsonHetterSetsARejectedItemAsideForTheRestOfTheTest() {
    Item best = mostInformative(ITEMS, 0);
    AdaptiveTest test =
        test(
            CatRules.builder()
                .targetSe(0.01)
                .length(1, 30)
                .exposure(new ExposureControl.SympsonHetter(Map.of(best.id(), 1e-9)))
                .build());
    List<CatStep> steps = run(test, 0, 8);
    CatStep.Administer first = (CatStep.Administer) steps.get(0);
    assertThat(first.setAside()).containsExactly(best.id());
    assertThat(steps)
        .filteredOn(s -> s instanceof CatStep.Administer)
        .extracting(s -> ((CatStep.Administer) s).item().id())
        .doesNotContain(best.id());
  }

  @Test
  void aSeedReplaysTheSameTest() {
    AdaptiveTest test =
        test(CatRules.builder().exposure(new ExposureControl.Randomesque(5)).build());
    assertThat(run(test, 0.4, 77)).isEqualTo(run(test, 0.4, 77));
    assertThat(run(test, 0.4, 77)).isNotEqualTo(run(test, 0.4, 78));
  }

  @Test
  void refusesUnknownItemsRepeatedItemsAndResponsesOutsideTheCategories() {
    CatSession session = test(CatRules.builder().build()).start();
    assertThatThrownBy(() -> session.answer("nope", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nope'");
    CatSession once = session.answer("i001", 1);
    assertThatThrownBy(() -> once.answer("i001", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already answered");
    assertThatThrownBy(() -> session.answer("i001", 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside the categories 0..1");
    assertThatThrownBy(
            () ->
                AdaptiveTest.of(
                    ItemBank.untagged(ITEMS),
                    CatRules.builder().pretest(1, BankItem.of(ITEMS.get(0))).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("also an operational bank item");
  }
}
