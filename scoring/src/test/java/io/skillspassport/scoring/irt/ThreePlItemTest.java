package io.skillspassport.scoring.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.scoring.testing.ReferenceForms;
import io.skillspassport.scoring.testing.ReferenceTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 3PL item and every estimator that uses it. Expected values are computed here from the model
 * formula {@code P = c + (1−c)/(1+exp(−a(θ−b)))} by brute force (dense grids, finite differences,
 * enumeration of all patterns), never by the code under test.
 */
class ThreePlItemTest {

  private static final Form MULTIPLE_CHOICE =
      Form.of(
          ThreePlItem.of("m1", 1.4, -0.8, 0.2),
          ThreePlItem.of("m2", 0.9, 0.1, 0.25),
          ThreePlItem.of("m3", 2.1, 0.6, 0.15),
          TwoPlItem.of("q4", 1.1, 0.3),
          ThreePlItem.of("m5", 1.7, 1.2, 0.3));

  private static double model(double a, double b, double c, double theta) {
    return c + (1 - c) / (1 + Math.exp(-a * (theta - b)));
  }

  /** ℓ(θ) straight from the model formula. */
  private static double logLikelihood(Form form, int[] r, double theta) {
    double sum = 0;
    for (int i = 0; i < r.length; i++) {
      Item item = form.item(i);
      double c = item instanceof ThreePlItem t ? t.guessing() : 0;
      double p = model(item.discrimination(), item.threshold(0), c, theta);
      sum += Math.log(r[i] == 1 ? p : 1 - p);
    }
    return sum;
  }

  @Test
  void probabilityIsTheGuessingFloorPlusTheScaledLogistic() {
    ThreePlItem item = ThreePlItem.of("m", 1.3, 0.4, 0.2);
    for (double theta = -6; theta <= 6; theta += 0.5) {
      assertThat(item.probability(1, theta)).isCloseTo(model(1.3, 0.4, 0.2, theta), within(1e-15));
      assertThat(item.probability(0, theta))
          .isCloseTo(1 - model(1.3, 0.4, 0.2, theta), within(1e-15));
    }
    assertThat(item.probability(1, -40)).isCloseTo(0.2, within(1e-15));
    assertThat(item.expectedScore(0.7)).isCloseTo(model(1.3, 0.4, 0.2, 0.7), within(1e-15));
  }

  @Test
  void informationEqualsTheExpectedSquaredScoreByFiniteDifferences() {
    ThreePlItem item = ThreePlItem.of("m", 1.6, -0.2, 0.25);
    double h = 1e-5;
    for (double theta = -3; theta <= 3; theta += 0.5) {
      double expected = 0;
      for (int r = 0; r <= 1; r++) {
        double derivative =
            (Math.log(item.probability(r, theta + h)) - Math.log(item.probability(r, theta - h)))
                / (2 * h);
        expected += item.probability(r, theta) * derivative * derivative;
      }
      assertThat(item.information(theta)).as("θ=%s", theta).isCloseTo(expected, within(1e-8));
    }
  }

  @Test
  void informationPeaksWhereBirnbaumSays() {
    double a = 1.5;
    double b = 0.3;
    double c = 0.2;
    ThreePlItem item = ThreePlItem.of("m", a, b, c);
    double peak = b + Math.log((1 + Math.sqrt(1 + 8 * c)) / 2) / a;

    assertThat(item.information(peak)).isGreaterThan(item.information(peak - 1e-3));
    assertThat(item.information(peak)).isGreaterThan(item.information(peak + 1e-3));
  }

  @Test
  void withZeroGuessingEveryEstimateEqualsTheTwoPlOne() {
    Form twoPl = ReferenceForms.lsat7();
    List<Item> asThreePl = new ArrayList<>();
    for (Item item : twoPl.items()) {
      asThreePl.add(ThreePlItem.of(item.id(), item.discrimination(), item.threshold(0), 0));
    }
    Form threePl = Form.of(asThreePl);
    for (ReferenceTable.Row row : ReferenceTable.load("lsat7_2pl_theta_by_pattern.tsv").rows()) {
      ResponsePattern p = ResponsePattern.parse(row.text("pattern"));
      assertSame(ThetaEstimators.eap(twoPl, p), ThetaEstimators.eap(threePl, p));
      assertSame(ThetaEstimators.map(twoPl, p), ThetaEstimators.map(threePl, p));
      assertSame(ThetaEstimators.mle(twoPl, p), ThetaEstimators.mle(threePl, p));
      assertSame(ThetaEstimators.wle(twoPl, p), ThetaEstimators.wle(threePl, p));
    }
    SummedScoreTable a = SummedScoreTable.of(twoPl);
    SummedScoreTable b = SummedScoreTable.of(threePl);
    for (int raw = 0; raw <= 5; raw++) {
      assertThat(b.row(raw).eap()).isCloseTo(a.row(raw).eap(), within(1e-12));
    }
  }

  private static void assertSame(ThetaEstimate expected, ThetaEstimate actual) {
    assertThat(actual.isDefined()).isEqualTo(expected.isDefined());
    if (expected.isDefined()) {
      assertThat(actual.requireTheta()).isCloseTo(expected.requireTheta(), within(1e-9));
      assertThat(actual.requireStandardError())
          .isCloseTo(expected.requireStandardError(), within(1e-9));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"11010", "10110", "11100", "01011", "11110", "10010"})
  void mleIsTheGlobalMaximumOfTheLikelihoodOnADenseGrid(String text) {
    int[] r = ResponsePattern.parse(text).responses();
    double best = Double.NaN;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (double t = -8; t <= 8; t += 1e-4) {
      double v = logLikelihood(MULTIPLE_CHOICE, r, t);
      if (v > bestValue) {
        bestValue = v;
        best = t;
      }
    }
    ThetaEstimate mle = ThetaEstimators.mle(MULTIPLE_CHOICE, ResponsePattern.of(r));

    assertThat(mle.requireTheta()).isCloseTo(best, within(2e-4));
    double info = 0;
    for (Item item : MULTIPLE_CHOICE.items()) {
      info += item.information(mle.requireTheta());
    }
    assertThat(mle.requireStandardError()).isCloseTo(1 / Math.sqrt(info), within(1e-12));
  }

  @Test
  void mleIsUndefinedWhenTheLikelihoodIsLargestTowardsMinusInfinity() {
    // One right answer to the hardest, most guessable item only: ℓ(−∞) = log 0.3 beats every θ.
    int[] r = {0, 0, 0, 0, 1};
    double interior = Double.NEGATIVE_INFINITY;
    for (double t = -10; t <= 10; t += 1e-3) {
      interior = Math.max(interior, logLikelihood(MULTIPLE_CHOICE, r, t));
    }
    assertThat(Math.log(0.3)).isGreaterThan(interior);

    assertThat(ThetaEstimators.mle(MULTIPLE_CHOICE, ResponsePattern.of(r)).undefinedReason())
        .contains(ThetaEstimate.Reason.NO_ROOT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"11010", "00000", "11111", "01001", "10.1."})
  void mapIsTheGlobalPosteriorModeOnADenseGrid(String text) {
    ResponsePattern pattern = ResponsePattern.parse(text);
    int[] r = pattern.responses();
    double best = Double.NaN;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (double t = -8; t <= 8; t += 1e-4) {
      double v = -t * t / 2;
      for (int i = 0; i < r.length; i++) {
        if (r[i] != ResponsePattern.OMITTED) {
          Item item = MULTIPLE_CHOICE.item(i);
          double c = item instanceof ThreePlItem m ? m.guessing() : 0;
          double p = model(item.discrimination(), item.threshold(0), c, t);
          v += Math.log(r[i] == 1 ? p : 1 - p);
        }
      }
      if (v > bestValue) {
        bestValue = v;
        best = t;
      }
    }

    assertThat(ThetaEstimators.map(MULTIPLE_CHOICE, pattern).requireTheta())
        .isCloseTo(best, within(2e-4));
  }

  @Test
  void wleSolvesWarmsEquationWithFiniteDifferenceDerivatives() {
    int[] r = {1, 1, 0, 1, 0};
    double theta = ThetaEstimators.wle(MULTIPLE_CHOICE, ResponsePattern.of(r)).requireTheta();
    double h = 1e-4;
    double score =
        (logLikelihood(MULTIPLE_CHOICE, r, theta + h)
                - logLikelihood(MULTIPLE_CHOICE, r, theta - h))
            / (2 * h);
    double info = 0;
    double j = 0;
    for (Item item : MULTIPLE_CHOICE.items()) {
      double c = item instanceof ThreePlItem m ? m.guessing() : 0;
      double a = item.discrimination();
      double b = item.threshold(0);
      double p = model(a, b, c, theta);
      double p1 = (model(a, b, c, theta + h) - model(a, b, c, theta - h)) / (2 * h);
      double p2 = (model(a, b, c, theta + h) - 2 * p + model(a, b, c, theta - h)) / (h * h);
      info += p1 * p1 / (p * (1 - p));
      j += p1 * p2 / (p * (1 - p));
    }

    assertThat(score + j / (2 * info)).isCloseTo(0.0, within(1e-5));
  }

  @Test
  void eapAndTheSummedScoreTableEqualBruteForceOverAllPatterns() {
    Quadrature quadrature = Quadrature.standard();
    double[] mass = new double[6];
    double[] first = new double[6];
    for (int code = 0; code < 32; code++) {
      int[] r = new int[5];
      int raw = 0;
      for (int i = 0; i < 5; i++) {
        r[i] = (code >> i) & 1;
        raw += r[i];
      }
      double m = 0;
      double f = 0;
      for (int q = 0; q < quadrature.size(); q++) {
        double l = Math.exp(logLikelihood(MULTIPLE_CHOICE, r, quadrature.node(q)));
        m += quadrature.weight(q) * l;
        f += quadrature.weight(q) * l * quadrature.node(q);
      }
      mass[raw] += m;
      first[raw] += f;
      assertThat(ThetaEstimators.eap(MULTIPLE_CHOICE, ResponsePattern.of(r)).requireTheta())
          .isCloseTo(f / m, within(1e-10));
    }
    SummedScoreTable table = SummedScoreTable.of(MULTIPLE_CHOICE, quadrature);
    for (int raw = 0; raw <= 5; raw++) {
      assertThat(table.row(raw).probability()).isCloseTo(mass[raw], within(1e-12));
      assertThat(table.row(raw).eap()).isCloseTo(first[raw] / mass[raw], within(1e-10));
    }
  }

  @Test
  void formInformationAndTestCharacteristicCurveIncludeTheThreePlItems() {
    double theta = 0.4;
    double info = 0;
    double tcc = 0;
    for (Item item : MULTIPLE_CHOICE.items()) {
      info += item.information(theta);
      double c = item instanceof ThreePlItem m ? m.guessing() : 0;
      tcc += model(item.discrimination(), item.threshold(0), c, theta);
    }

    assertThat(MULTIPLE_CHOICE.information(theta)).isCloseTo(info, within(1e-12));
    assertThat(MULTIPLE_CHOICE.expectedRawScore(theta)).isCloseTo(tcc, within(1e-12));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.0, 1.5, Double.NaN})
  void rejectsAGuessingParameterOutsideZeroToOne(double c) {
    assertThatThrownBy(() -> ThreePlItem.of("m", 1, 0, c))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("guessing c of item 'm'");
  }

  @Test
  void rejectsAResponseOtherThanZeroOrOne() {
    assertThatThrownBy(() -> ThreePlItem.of("m", 1, 0, 0.2).probability(2, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside the categories 0..1 of item 'm'");
  }
}
