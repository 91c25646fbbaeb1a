package io.skillspassport.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.scoring.irt.GradedResponseItem;
import io.skillspassport.scoring.irt.Item;
import io.skillspassport.scoring.irt.ResponsePattern;
import io.skillspassport.scoring.irt.ThreePlItem;
import io.skillspassport.scoring.irt.TwoPlItem;
import io.skillspassport.scoring.testing.ReferenceTable;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Parameter recovery from data simulated with a seeded generator (the generating formula is written
 * out here, not taken from the code under test), fixed-parameter calibration, missing responses,
 * frequency weights, and the failures.
 */
class CalibratorTest {

  private static double logistic(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  /** A response to a dichotomous (c may be 0) or graded item (thresholds b, responses 1..K+1). */
  private static int simulate(SplittableRandom random, double a, double[] b, double c, double t) {
    if (b.length == 1 && c >= 0) {
      double p = c + (1 - c) * logistic(a * (t - b[0]));
      return random.nextDouble() < p ? 1 : 0;
    }
    double u = random.nextDouble();
    int category = 1;
    for (double bk : b) {
      if (u < logistic(a * (t - bk))) {
        category++;
      }
    }
    return category;
  }

  private static double rmse(double[] estimate, double[] truth) {
    double sum = 0;
    for (int i = 0; i < truth.length; i++) {
      sum += (estimate[i] - truth[i]) * (estimate[i] - truth[i]);
    }
    return Math.sqrt(sum / truth.length);
  }

  private static List<String> ids(String prefix, int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(prefix + (i + 1));
    }
    return ids;
  }

  @Test
  void threePlParametersAreRecoveredFromSimulatedData() {
    SplittableRandom random = new SplittableRandom(20261130);
    int n = 20;
    int people = 5000;
    double[] a = new double[n];
    double[] b = new double[n];
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = 0.8 + 1.2 * random.nextDouble();
      b[i] = -1.5 + 3 * random.nextDouble();
      c[i] = 0.1 + 0.2 * random.nextDouble();
    }
    ResponseData.Builder data = ResponseData.builder(ids("m", n));
    for (int p = 0; p < people; p++) {
      double theta = random.nextGaussian();
      int[] r = new int[n];
      for (int i = 0; i < n; i++) {
        r[i] = simulate(random, a[i], new double[] {b[i]}, c[i], theta);
      }
      data.add(r, 1);
    }

    CalibrationResult result = Calibrator.of(Model.THREE_PL).calibrate(data.build());

    double[] ea = new double[n];
    double[] eb = new double[n];
    double[] ec = new double[n];
    for (int i = 0; i < n; i++) {
      ThreePlItem item = (ThreePlItem) result.items().get(i).item();
      ea[i] = item.discrimination();
      eb[i] = item.difficulty();
      ec[i] = item.guessing();
      assertThat(result.items().get(i).seC()).isPresent();
    }
    double rmseA = rmse(ea, a);
    double rmseB = rmse(eb, b);
    double rmseC = rmse(ec, c);
    System.out.printf(
        "3PL recovery (20 items, N = 5000, seed 20261130): RMSE a %.4f, b %.4f, c %.4f%n",
        rmseA, rmseB, rmseC);
    assertThat(rmseA).isLessThan(0.2);
    assertThat(rmseB).isLessThan(0.15);
    assertThat(rmseC).isLessThan(0.06);
  }

  @Test
  void gradedParametersAreRecoveredFromSimulatedData() {
    SplittableRandom random = new SplittableRandom(20261131);
    int n = 10;
    int people = 2000;
    double[] a = new double[n];
    double[][] b = new double[n][3];
    for (int i = 0; i < n; i++) {
      a[i] = 0.8 + 1.2 * random.nextDouble();
      double first = -2 + random.nextDouble();
      b[i][0] = first;
      b[i][1] = first + 0.8 + 0.6 * random.nextDouble();
      b[i][2] = b[i][1] + 0.8 + 0.6 * random.nextDouble();
    }
    ResponseData.Builder data = ResponseData.builder(ids("r", n));
    for (int p = 0; p < people; p++) {
      double theta = random.nextGaussian();
      int[] r = new int[n];
      for (int i = 0; i < n; i++) {
        r[i] = simulate(random, a[i], b[i], -1, theta);
      }
      data.add(r, 1);
    }

    CalibrationResult result = Calibrator.of(Model.GRM).calibrate(data.build());

    double[] ea = new double[n];
    double[] eb = new double[3 * n];
    double[] tb = new double[3 * n];
    for (int i = 0; i < n; i++) {
      GradedResponseItem item = (GradedResponseItem) result.items().get(i).item();
      ea[i] = item.discrimination();
      for (int k = 0; k < 3; k++) {
        eb[3 * i + k] = item.threshold(k);
        tb[3 * i + k] = b[i][k];
      }
    }
    double rmseA = rmse(ea, a);
    double rmseB = rmse(eb, tb);
    System.out.printf(
        "GRM recovery (10 items x 4 categories, N = 2000, seed 20261131): RMSE a %.4f, b %.4f%n",
        rmseA, rmseB);
    assertThat(rmseA).isLessThan(0.12);
    assertThat(rmseB).isLessThan(0.12);
  }

  @Test
  void anchorsHoldTheBankScaleWhileNewItemsAreEstimated() {
    SplittableRandom random = new SplittableRandom(20261132);
    int anchors = 20;
    int fresh = 5;
    List<Item> bank = new ArrayList<>();
    double[] a = new double[anchors + fresh];
    double[] b = new double[anchors + fresh];
    for (int i = 0; i < anchors + fresh; i++) {
      a[i] = 0.8 + 1.2 * random.nextDouble();
      b[i] = -1.5 + 3 * random.nextDouble();
      if (i < anchors) {
        bank.add(TwoPlItem.of("q" + (i + 1), a[i], b[i]));
      }
    }
    // The new sample is abler and more varied than the bank's N(0, 1): θ ~ N(0.5, 1.2²).
    ResponseData.Builder data = ResponseData.builder(ids("q", anchors + fresh));
    for (int p = 0; p < 4000; p++) {
      double theta = 0.5 + 1.2 * random.nextGaussian();
      int[] r = new int[anchors + fresh];
      for (int i = 0; i < r.length; i++) {
        r[i] = simulate(random, a[i], new double[] {b[i]}, 0, theta);
      }
      data.add(r, 1);
    }
    ResponseData responses = data.build();

    CalibrationResult anchored = Calibrator.of(Model.TWO_PL).withAnchors(bank).calibrate(responses);
    CalibrationResult free = Calibrator.of(Model.TWO_PL).calibrate(responses);

    for (int i = 0; i < anchors; i++) {
      CalibratedItem item = anchored.items().get(i);
      assertThat(item.anchor()).isTrue();
      assertThat(item.item()).isEqualTo(bank.get(i));
      assertThat(item.seA()).isEmpty();
    }
    double[] anchoredB = new double[fresh];
    double[] freeB = new double[fresh];
    double[] trueB = new double[fresh];
    for (int i = 0; i < fresh; i++) {
      anchoredB[i] = anchored.items().get(anchors + i).item().threshold(0);
      freeB[i] = free.items().get(anchors + i).item().threshold(0);
      trueB[i] = b[anchors + i];
      assertThat(anchored.items().get(anchors + i).anchor()).isFalse();
    }
    System.out.printf(
        "anchored: latent mean %.3f SD %.3f, RMSE b of new items %.4f (free calibration %.4f)%n",
        anchored.latentMean(), anchored.latentSd(), rmse(anchoredB, trueB), rmse(freeB, trueB));
    assertThat(anchored.latentMean()).isCloseTo(0.5, within(0.1));
    assertThat(anchored.latentSd()).isCloseTo(1.2, within(0.1));
    assertThat(rmse(anchoredB, trueB)).isLessThan(0.12);
    // Without anchors the new items sit on the new sample's own N(0,1) scale, about 0.5 off.
    assertThat(rmse(freeB, trueB)).isGreaterThan(0.3);
  }

  @Test
  void missingResponsesDropOutOfTheLikelihoodAndTheEstimateIsItsMaximum() {
    SplittableRandom random = new SplittableRandom(20261133);
    int n = 6;
    double[] a = {0.9, 1.3, 1.6, 0.7, 1.1, 1.4};
    double[] b = {-1.2, -0.4, 0.0, 0.3, 0.8, 1.3};
    ResponseData.Builder data = ResponseData.builder(ids("q", n));
    List<int[]> rows = new ArrayList<>();
    for (int p = 0; p < 1500; p++) {
      double theta = random.nextGaussian();
      int[] r = new int[n];
      for (int i = 0; i < n; i++) {
        r[i] =
            random.nextDouble() < 0.25
                ? ResponsePattern.OMITTED
                : simulate(random, a[i], new double[] {b[i]}, 0, theta);
      }
      rows.add(r);
      data.add(r, 1);
    }

    CalibrationResult result = Calibrator.of(Model.TWO_PL).calibrate(data.build());

    double[] params = new double[2 * n];
    for (int i = 0; i < n; i++) {
      Item item = result.items().get(i).item();
      params[2 * i] = item.discrimination();
      params[2 * i + 1] = item.threshold(0);
    }
    double at = marginalLogLikelihood(rows, params);
    assertThat(result.logLikelihood()).isCloseTo(at, within(1e-6));
    for (int l = 0; l < params.length; l++) {
      for (double h : new double[] {-1e-3, 1e-3}) {
        double[] moved = params.clone();
        moved[l] += h;
        assertThat(marginalLogLikelihood(rows, moved)).as("parameter %d %+g", l, h).isLessThan(at);
      }
    }
  }

  /**
   * ℓ of 2PL parameters (a, b pairs) computed here: answered items only, the same 41-point grid on
   * [−6, 6] with weights ∝ φ.
   */
  private static double marginalLogLikelihood(List<int[]> rows, double[] params) {
    double[] nodes = new double[41];
    double[] weights = new double[41];
    double total = 0;
    for (int q = 0; q < 41; q++) {
      nodes[q] = -6 + 0.3 * q;
      weights[q] = Math.exp(-nodes[q] * nodes[q] / 2);
      total += weights[q];
    }
    double ll = 0;
    for (int[] r : rows) {
      double sum = 0;
      for (int q = 0; q < 41; q++) {
        double l = weights[q] / total;
        for (int i = 0; i < r.length; i++) {
          if (r[i] != ResponsePattern.OMITTED) {
            double p = logistic(params[2 * i] * (nodes[q] - params[2 * i + 1]));
            l *= r[i] == 1 ? p : 1 - p;
          }
        }
        sum += l;
      }
      ll += Math.log(sum);
    }
    return ll;
  }

  @Test
  void frequencyWeightsEqualRepeatedRows() {
    List<String> items = List.of("Item.1", "Item.2", "Item.3", "Item.4", "Item.5");
    ResponseData.Builder repeated = ResponseData.builder(items);
    for (ReferenceTable.Row row : ReferenceTable.load("lsat7_patterns.tsv").rows()) {
      int[] r = new int[5];
      for (int i = 0; i < 5; i++) {
        r[i] = row.integer(items.get(i));
      }
      for (int k = 0; k < row.integer("freq"); k++) {
        repeated.add(r, 1);
      }
    }

    CalibrationResult weighted =
        Calibrator.of(Model.TWO_PL).calibrate(Lsat7CalibrationReferenceTest.lsat7());
    CalibrationResult rows = Calibrator.of(Model.TWO_PL).calibrate(repeated.build());

    assertThat(rows.sampleSize()).isEqualTo(1000.0);
    assertThat(rows.logLikelihood()).isCloseTo(weighted.logLikelihood(), within(1e-9));
    for (int i = 0; i < 5; i++) {
      CalibratedItem w = weighted.items().get(i);
      CalibratedItem r = rows.items().get(i);
      assertThat(r.item().discrimination()).isCloseTo(w.item().discrimination(), within(1e-9));
      assertThat(r.item().threshold(0)).isCloseTo(w.item().threshold(0), within(1e-9));
      assertThat(r.seA().orElseThrow()).isCloseTo(w.seA().orElseThrow(), within(1e-9));
    }
  }

  @Test
  void anItemEveryoneGotRightIsNotIdentified() {
    ResponseData.Builder data = ResponseData.builder(List.of("easy", "q2", "q3"));
    data.add(new int[] {1, 0, 1}, 10).add(new int[] {1, 1, 0}, 7).add(new int[] {1, 0, 0}, 5);
    data.add(new int[] {1, 1, 1}, 12);

    assertThatThrownBy(() -> Calibrator.of(Model.TWO_PL).calibrate(data.build()))
        .isInstanceOf(CalibrationFailure.class)
        .hasMessageContaining("'easy'")
        .hasMessageContaining("every answered response is 1");
  }

  @Test
  void aGradedCategoryNobodyUsedIsNotIdentified() {
    ResponseData.Builder data = ResponseData.builder(List.of("r1", "r2"));
    data.add(new int[] {1, 1}, 5).add(new int[] {3, 2}, 5).add(new int[] {1, 2}, 5);

    assertThatThrownBy(() -> Calibrator.of(Model.GRM).calibrate(data.build()))
        .isInstanceOf(CalibrationFailure.class)
        .hasMessageContaining("'r1'")
        .hasMessageContaining("nobody answered 2");
  }

  @Test
  void aSingleTwoPlItemIsNotIdentified() {
    ResponseData.Builder data = ResponseData.builder(List.of("only"));
    data.add(new int[] {1}, 60).add(new int[] {0}, 40);

    assertThatThrownBy(() -> Calibrator.of(Model.TWO_PL).calibrate(data.build()))
        .isInstanceOf(CalibrationFailure.class)
        .hasMessageContaining("not identified");
  }

  @Test
  void aResponseOutsideTheModelsCategoriesNamesItemRowAndValue() {
    ResponseData.Builder data = ResponseData.builder(List.of("q1", "q2"));
    data.add(new int[] {1, 0}, 1).add(new int[] {0, 2}, 1);

    assertThatThrownBy(() -> Calibrator.of(Model.TWO_PL).calibrate(data.build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 2")
        .hasMessageContaining("response 2")
        .hasMessageContaining("'q2'");
  }

  @Test
  void sparseSummedScoreGroupsAreCollapsedUntilEveryExpectedCountIsAtLeastOne() {
    SplittableRandom random = new SplittableRandom(20261134);
    int n = 10;
    ResponseData.Builder data = ResponseData.builder(ids("q", n));
    for (int p = 0; p < 150; p++) {
      double theta = random.nextGaussian();
      int[] r = new int[n];
      for (int i = 0; i < n; i++) {
        r[i] = simulate(random, 1.2, new double[] {-1 + 0.2 * i}, 0, theta);
      }
      data.add(r, 1);
    }

    CalibrationResult result = Calibrator.of(Model.TWO_PL).calibrate(data.build());

    boolean collapsed = false;
    for (CalibratedItem item : result.items()) {
      ItemFit fit = result.fitOf(item.item().id()).orElseThrow();
      // Summed scores 1..9 are the candidate groups; the sparse tails merge.
      assertThat(fit.groups()).isBetween(2, 9);
      collapsed |= fit.groups() < 9;
      assertThat(fit.df()).isEqualTo(fit.groups() - 2);
      assertThat(fit.p()).isBetween(0.0, 1.0);
    }
    assertThat(collapsed).isTrue();
  }

  @Test
  void raschItemFitChargesOneParameterPerItem() {
    CalibrationResult result =
        Calibrator.of(Model.RASCH).calibrate(Lsat7CalibrationReferenceTest.lsat7());

    assertThat(result.fitOf("Item.1").orElseThrow().df()).isEqualTo(3);
  }

  @Test
  void anchorsMayBeThreePlAndGradedItemsNextToNewTwoPlItems() {
    SplittableRandom random = new SplittableRandom(20261135);
    List<Item> bank = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      bank.add(ThreePlItem.of("m" + (i + 1), 1.0 + 0.1 * i, -1.5 + 0.4 * i, 0.2));
    }
    for (int i = 0; i < 4; i++) {
      bank.add(GradedResponseItem.of("r" + (i + 1), 1.2, -1.0 + 0.2 * i, 0.1 + 0.2 * i, 1.2));
    }
    double[] newA = {0.9, 1.4, 1.1};
    double[] newB = {-0.6, 0.2, 0.9};
    List<String> ids = new ArrayList<>();
    bank.forEach(item -> ids.add(item.id()));
    ids.addAll(List.of("q1", "q2", "q3"));
    ResponseData.Builder data = ResponseData.builder(ids);
    for (int p = 0; p < 4000; p++) {
      double theta = -0.4 + 0.8 * random.nextGaussian();
      int[] r = new int[ids.size()];
      for (int i = 0; i < 8; i++) {
        ThreePlItem m = (ThreePlItem) bank.get(i);
        r[i] = simulate(random, m.discrimination(), new double[] {m.difficulty()}, 0.2, theta);
      }
      for (int i = 8; i < 12; i++) {
        r[i] = simulate(random, 1.2, ((GradedResponseItem) bank.get(i)).thresholds(), -1, theta);
      }
      for (int i = 0; i < 3; i++) {
        r[12 + i] = simulate(random, newA[i], new double[] {newB[i]}, 0, theta);
      }
      data.add(r, 1);
    }

    CalibrationResult result =
        Calibrator.of(Model.TWO_PL).withAnchors(bank).calibrate(data.build());

    for (int i = 0; i < 12; i++) {
      assertThat(result.items().get(i).item()).isEqualTo(bank.get(i));
    }
    assertThat(result.latentMean()).isCloseTo(-0.4, within(0.1));
    assertThat(result.latentSd()).isCloseTo(0.8, within(0.1));
    for (int i = 0; i < 3; i++) {
      Item item = result.items().get(12 + i).item();
      assertThat(item.threshold(0)).isCloseTo(newB[i], within(0.2));
      assertThat(item.discrimination()).isCloseTo(newA[i], within(0.25));
    }
  }
}
