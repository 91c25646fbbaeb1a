package io.skillspassport.scoring.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.scoring.irt.GradedResponseItem;
import io.skillspassport.scoring.irt.Item;
import io.skillspassport.scoring.irt.ThreePlItem;
import io.skillspassport.scoring.irt.TwoPlItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LinkingTest {

  private static final double TRUE_A = 1.25;
  private static final double TRUE_B = -0.4;

  /**
   * The bank: 20 2PL items (a ~ U(0.7, 2.2), b ~ N(0, 1)) and 5 graded items with 3 thresholds (a ~
   * U(0.8, 2), sorted N(0, 1.2) thresholds at least 0.2 apart), then 4 3PL items (a ~ U(0.8, 2), b
   * ~ N(0, 1), c ~ U(0.1, 0.3)), drawn in that order from SplittableRandom seed 20261130.
   */
  private static List<Item> bank() {
    SplittableRandom random = new SplittableRandom(20261130);
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      items.add(TwoPlItem.of("d" + i, random.nextDouble(0.7, 2.2), gaussian(random)));
    }
    for (int i = 0; i < 5; i++) {
      double a = random.nextDouble(0.8, 2.0);
      double[] b = {1.2 * gaussian(random), 1.2 * gaussian(random), 1.2 * gaussian(random)};
      Arrays.sort(b);
      b[1] = Math.max(b[1], b[0] + 0.2);
      b[2] = Math.max(b[2], b[1] + 0.2);
      items.add(GradedResponseItem.of("g" + i, a, b));
    }
    for (int i = 0; i < 4; i++) {
      items.add(
          ThreePlItem.of(
              "t" + i, random.nextDouble(0.8, 2.0), gaussian(random), random.nextDouble(0.1, 0.3)));
    }
    return items;
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
        * Math.cos(2 * Math.PI * random.nextDouble());
  }

  /** The bank expressed on a scale with θ_new = (θ_base − B)/A, i.e. the inverse map. */
  private static List<Item> onNewScale(List<Item> base) {
    return new LinkingConstants(1 / TRUE_A, -TRUE_B / TRUE_A).transformAll(base);
  }

  @ParameterizedTest
  @EnumSource(LinkingMethod.class)
  void linksATransformedBankBackExactly(LinkingMethod method) {
    List<Item> base = bank();
    LinkingConstants c = Linking.link(method, CommonItems.of(onNewScale(base), base));
    assertThat(c.a()).isCloseTo(TRUE_A, within(1e-9));
    assertThat(c.b()).isCloseTo(TRUE_B, within(1e-9));
  }

  @ParameterizedTest
  @EnumSource(
      value = LinkingMethod.class,
      names = {"HAEBARA", "STOCKING_LORD"})
  void curveMethodsFindTheMinimumANelderMeadSearchFinds(LinkingMethod method) {
    List<Item> base = bank();
    List<Item> noisy = noisy(onNewScale(base), new SplittableRandom(7));
    CommonItems common = CommonItems.of(noisy, base);
    LinkingConstants found = Linking.link(method, common);
    // An independent derivative-free minimiser (commons-math3 Nelder-Mead) from (1, 0).
    PointValuePair nm =
        new SimplexOptimizer(1e-15, 1e-15)
            .optimize(
                new MaxEval(20000),
                new ObjectiveFunction(
                    p ->
                        p[0] <= 0
                            ? Double.MAX_VALUE
                            : Linking.criterion(
                                method,
                                common,
                                Linking.DEFAULT_GRID,
                                new LinkingConstants(p[0], p[1]))),
                GoalType.MINIMIZE,
                new InitialGuess(new double[] {1, 0}),
                new NelderMeadSimplex(new double[] {0.2, 0.2}));
    assertThat(found.a()).isCloseTo(nm.getPoint()[0], within(1e-6));
    assertThat(found.b()).isCloseTo(nm.getPoint()[1], within(1e-6));
    // The noise is small, so the constants stay near the truth.
    assertThat(found.a()).isCloseTo(TRUE_A, within(0.1));
    assertThat(found.b()).isCloseTo(TRUE_B, within(0.1));
  }

  /** Multiplies each a by exp(N(0, 0.1²)) and adds N(0, 0.1²) to each threshold (kept ordered). */
  private static List<Item> noisy(List<Item> items, SplittableRandom random) {
    List<Item> out = new ArrayList<>();
    for (Item item : items) {
      double a = item.discrimination() * Math.exp(0.1 * gaussian(random));
      double[] b = new double[item.thresholdCount()];
      for (int k = 0; k < b.length; k++) {
        b[k] = item.threshold(k) + 0.1 * gaussian(random);
        if (k > 0) {
          b[k] = Math.max(b[k], b[k - 1] + 0.05);
        }
      }
      if (item instanceof ThreePlItem threePl) {
        out.add(ThreePlItem.of(item.id(), a, b[0], threePl.guessing()));
      } else {
        out.add(
            item instanceof TwoPlItem
                ? TwoPlItem.of(item.id(), a, b[0])
                : GradedResponseItem.of(item.id(), a, b));
      }
    }
    return out;
  }

  @Test
  void momentMethodsUseEveryThresholdOfGradedItems() {
    // By hand: new thresholds {0, -1, 1}: mean 0, variance 2/3; base {1, -1, 5}: mean 5/3,
    // variance (4/9 + 64/9 + 100/9)/3 = 56/9. Mean/sigma A = sqrt((56/9)/(2/3)) = sqrt(28/3),
    // B = 5/3 - A*0. Mean/mean A = mean a_new / mean a_base = 1.5 / 0.875 = 12/7, B = 5/3.
    CommonItems common =
        CommonItems.of(
            List.of(TwoPlItem.of("x", 1.0, 0.0), GradedResponseItem.of("y", 2.0, -1, 1)),
            List.of(TwoPlItem.of("x", 0.5, 1.0), GradedResponseItem.of("y", 1.25, -1, 5)));
    LinkingConstants sigma = Linking.meanSigma(common);
    assertThat(sigma.a()).isCloseTo(Math.sqrt(28.0 / 3), within(1e-12));
    assertThat(sigma.b()).isCloseTo(5.0 / 3, within(1e-12));
    LinkingConstants mean = Linking.meanMean(common);
    assertThat(mean.a()).isCloseTo(12.0 / 7, within(1e-12));
    assertThat(mean.b()).isCloseTo(5.0 / 3, within(1e-12));
  }

  @Test
  void transformedItemsKeepEveryProbabilityAtTheLinkedTheta() {
    LinkingConstants c = new LinkingConstants(0.8, 0.3);
    for (Item item : bank()) {
      Item moved = c.transform(item);
      assertThat(moved.discrimination()).isCloseTo(item.discrimination() / 0.8, within(1e-12));
      assertThat(moved.threshold(0)).isCloseTo(0.8 * item.threshold(0) + 0.3, within(1e-12));
      if (item instanceof ThreePlItem threePl) {
        assertThat(((ThreePlItem) moved).guessing()).isEqualTo(threePl.guessing());
      }
      for (double theta = -3; theta <= 3; theta += 0.5) {
        for (int j = 0; j < item.categoryCount(); j++) {
          int r = item.lowestResponse() + j;
          assertThat(moved.probability(r, c.toBase(theta)))
              .isCloseTo(item.probability(r, theta), within(1e-12));
        }
      }
    }
  }

  @Test
  void refusesFewerThanTwoCommonItemsNamingThem() {
    List<Item> base = bank();
    assertThatThrownBy(
            () -> CommonItems.of(List.of(TwoPlItem.of("d3", 1, 0), TwoPlItem.of("zz", 1, 0)), base))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2 common items")
        .hasMessageContaining("found 1 ('d3')");
  }

  @Test
  void refusesACommonItemWhoseCategoriesDiffer() {
    assertThatThrownBy(
            () ->
                CommonItems.of(
                    List.of(TwoPlItem.of("a", 1, 0), TwoPlItem.of("b", 1, 0)),
                    List.of(TwoPlItem.of("a", 1, 0), GradedResponseItem.of("b", 1, -1, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("common item 'b'");
  }

  @Test
  void linksOnlyThroughTheCommonItems() {
    List<Item> base = bank();
    List<Item> moved = new ArrayList<>(onNewScale(base).subList(0, 12));
    moved.add(TwoPlItem.of("new-only", 3.0, 2.5));
    CommonItems common = CommonItems.of(moved, base.subList(5, 25));
    assertThat(common.size()).isEqualTo(7);
    LinkingConstants c = Linking.link(LinkingMethod.STOCKING_LORD, common);
    assertThat(c.a()).isCloseTo(TRUE_A, within(1e-9));
    assertThat(c.b()).isCloseTo(TRUE_B, within(1e-9));
  }
}
