package io.skillspassport.scoring.cat;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.scoring.irt.Item;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CatSimulatorTest {

  private static final double[] THETAS = {-2, -1, 0, 1, 2};

  /** 1/√(1 + I) ≤ 0.3, i.e. test information at least 1/0.09 − 1 (N(0,1) prior). */
  private static final double INFORMATION_FOR_SE_03 = 1 / 0.09 - 1;

  @Test
  void onAHundredItemBankTheCatReachesSe03InWellUnder25ItemsWithNominalCoverage() {
    AdaptiveTest test =
        AdaptiveTest.of(
            ItemBank.untagged(SeededBank.twoPl(100, SeededBank.SEED)),
            CatRules.builder().targetSe(0.3).length(1, 50).build());

    SimulationReport report = CatSimulator.run(test, THETAS, 300, 42);
    report.rows().forEach(System.out::println);

    assertThat(report.meanItems()).isLessThan(20);
    for (SimulationReport.Row row : report.rows()) {
      assertThat(row.meanItems()).isLessThan(25);
      assertThat(row.meanSe()).isLessThanOrEqualTo(0.3);
      // RMSE near the target SE: the posterior SD is an honest error estimate.
      assertThat(row.rmse()).isBetween(0.2, 0.4);
      // Coverage of θ̂ ± 1.96 SD: nominal 0.95; binomial SD with R = 300 is 0.013, and EAP's
      // shrinkage lowers it a little at ±2.
      assertThat(row.coverage95()).isBetween(0.88, 0.99);
    }
    // EAP shrinks towards the prior mean: positive bias below 0, negative above, small at 0.
    assertThat(report.rows().get(0).bias()).isBetween(0.0, 0.25);
    assertThat(report.rows().get(2).bias()).isBetween(-0.06, 0.06);
    assertThat(report.rows().get(4).bias()).isBetween(-0.25, 0.0);
  }

  /**
   * The goal of issue 10 on a 300-item seeded bank, candidates θ ~ N(0, 1). The CAT stops at SE ≤
   * 0.3 under Sympson–Hetter exposure control calibrated by simulation (target rate 0.2, 8 rounds
   * of 1,500 candidates, so that the rate measured on 2,000 fresh candidates — binomial SD about
   * 0.009 per item, maximum over 300 items — stays under 0.25). Fixed forms from the same bank at
   * equal precision must reach SE ≤ 0.3 (information ≥ 1/0.09 − 1) at every θ in {−2, …, 2}: a form
   * drawn at random from the bank (median over 21 draws), and the best form this bank allows
   * (greedy maximin). Measured when written: CAT 17.2 items, maximum exposure 0.235; random form 57
   * items (CAT 30%); best form 29 items (CAT 59% — the ≤ 50% goal holds against a drawn form, not
   * against the optimal one; without exposure control the CAT needs 13.2 items, 45%).
   */
  @Test
  void atEqualPrecisionTheCatNeedsAtMostHalfTheItemsOfADrawnFixedFormWithExposureAtMost25Percent() {
    List<Item> items = SeededBank.twoPl(300, SeededBank.SEED);
    AdaptiveTest plain =
        AdaptiveTest.of(
            ItemBank.untagged(items), CatRules.builder().targetSe(0.3).length(1, 60).build());
    ExposureControl.SympsonHetter sh = SympsonHetter.calibrate(plain, 0.2, 1500, 8, 3);
    AdaptiveTest controlled = plain.withRules(plain.rules().withExposure(sh));

    SimulationReport cat = CatSimulator.population(controlled, 2000, 99);
    double drawn = medianRandomFormLength(items, 21, 5);
    double best = maximinFormLength(items);
    System.out.printf(
        "CAT mean length %.2f, max exposure %.4f; drawn fixed form %.0f items, best fixed form %.0f%n",
        cat.meanItems(), cat.maxExposure(), drawn, best);

    assertThat(cat.maxExposure()).isLessThanOrEqualTo(0.25);
    long precise = cat.rows().stream().filter(r -> r.meanSe() <= 0.3).count();
    assertThat(precise / (double) cat.candidates()).isGreaterThanOrEqualTo(0.99);
    assertThat(cat.meanItems()).isLessThanOrEqualTo(0.5 * drawn);
    assertThat(cat.meanItems()).isLessThanOrEqualTo(0.6 * best);
  }

  /**
   * The fewest items of a fixed form that reaches SE ≤ 0.3 at every θ in {−2, …, 2}: greedily add
   * the item most informative at the θ whose information is lowest so far.
   */
  static int maximinFormLength(List<Item> bank) {
    List<Item> pool = new ArrayList<>(bank);
    double[] info = new double[THETAS.length];
    for (int n = 1; n <= bank.size(); n++) {
      int worst = 0;
      for (int t = 1; t < THETAS.length; t++) {
        if (info[t] < info[worst]) {
          worst = t;
        }
      }
      Item best = pool.get(0);
      for (Item item : pool) {
        if (item.information(THETAS[worst]) > best.information(THETAS[worst])) {
          best = item;
        }
      }
      pool.remove(best);
      for (int t = 0; t < THETAS.length; t++) {
        info[t] += best.information(THETAS[t]);
      }
      if (Arrays.stream(info).min().getAsDouble() >= INFORMATION_FOR_SE_03) {
        return n;
      }
    }
    return Integer.MAX_VALUE;
  }

  /** The median over {@code draws} random item orders of the prefix length reaching SE ≤ 0.3. */
  static double medianRandomFormLength(List<Item> bank, int draws, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] lengths = new double[draws];
    for (int d = 0; d < draws; d++) {
      List<Item> order = new ArrayList<>(bank);
      for (int i = order.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        Item swap = order.get(i);
        order.set(i, order.get(j));
        order.set(j, swap);
      }
      double[] info = new double[THETAS.length];
      lengths[d] = Double.POSITIVE_INFINITY;
      for (int n = 1; n <= order.size(); n++) {
        for (int t = 0; t < THETAS.length; t++) {
          info[t] += order.get(n - 1).information(THETAS[t]);
        }
        if (Arrays.stream(info).min().getAsDouble() >= INFORMATION_FOR_SE_03) {
          lengths[d] = n;
          break;
        }
      }
    }
    Arrays.sort(lengths);
    return lengths[draws / 2];
  }
}
