package io.skillspassport.scoring.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItemTest {

  @Test
  void twoPlProbabilityIsTheLogisticWithoutTheScalingFactor() {
    TwoPlItem item = TwoPlItem.of("i", 1.3, 0.4);
    double theta = 1.1;

    assertThat(item.probability(1, theta))
        .isCloseTo(1 / (1 + Math.exp(-1.3 * (theta - 0.4))), within(1e-15));
    assertThat(item.probability(0, theta))
        .isCloseTo(1 / (1 + Math.exp(1.3 * (theta - 0.4))), within(1e-15));
  }

  @Test
  void interceptFormGivesDifficultyMinusDOverA() {
    TwoPlItem item = TwoPlItem.ofIntercept("i", 0.988, 1.8561);

    assertThat(item.difficulty()).isCloseTo(-1.8561 / 0.988, within(1e-15));
  }

  @Test
  void gradedCategoryProbabilitiesAreDifferencesOfBoundaryCurvesAndSumToOne() {
    GradedResponseItem item = GradedResponseItem.of("r", 1.7, -1.2, 0.1, 0.9);
    for (double theta = -6; theta <= 6; theta += 0.25) {
      double sum = 0;
      for (int response = 1; response <= 4; response++) {
        double upper = response == 1 ? 1 : boundary(1.7, item.threshold(response - 2), theta);
        double lower = response == 4 ? 0 : boundary(1.7, item.threshold(response - 1), theta);
        assertThat(item.probability(response, theta)).isCloseTo(upper - lower, within(1e-14));
        sum += item.probability(response, theta);
      }
      assertThat(sum).isCloseTo(1.0, within(1e-14));
    }
  }

  @Test
  void middleCategoryKeepsFullRelativePrecisionFarAboveItsThresholds() {
    GradedResponseItem item = GradedResponseItem.of("r", 2.0, -1.0, 1.0);
    double theta = 30;
    // P2 = σ(2·31) − σ(2·29): the naive difference of two numbers within 1e-25 of 1 would be 0.
    double expected = Math.exp(-58) - Math.exp(-62);

    assertThat(item.probability(2, theta)).isCloseTo(expected, within(expected * 1e-6));
  }

  @Test
  void informationOfATwoPlItemIsASquaredTimesPq() {
    TwoPlItem item = TwoPlItem.of("i", 1.4, -0.3);
    double p = item.probability(1, 0.5);

    assertThat(item.information(0.5)).isCloseTo(1.4 * 1.4 * p * (1 - p), within(1e-15));
  }

  @Test
  void gradedInformationEqualsTheExpectedSquaredScore() {
    GradedResponseItem item = GradedResponseItem.of("r", 1.1, -2.0, -0.5, 1.5);
    double theta = 0.3;
    double h = 1e-5;
    double expected = 0;
    for (int r = 1; r <= 4; r++) {
      double derivative =
          (Math.log(item.probability(r, theta + h)) - Math.log(item.probability(r, theta - h)))
              / (2 * h);
      expected += item.probability(r, theta) * derivative * derivative;
    }

    assertThat(item.information(theta)).isCloseTo(expected, within(1e-8));
  }

  @Test
  void expectedScoreOfAGradedItemCountsCategoryNumbersFromOne() {
    GradedResponseItem item = GradedResponseItem.of("r", 1.0, -1.0, 1.0);

    assertThat(item.expectedScore(-40)).isCloseTo(1.0, within(1e-12));
    assertThat(item.expectedScore(40)).isCloseTo(3.0, within(1e-12));
    assertThat(item.lowestResponse()).isEqualTo(1);
    assertThat(item.highestResponse()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -0.5, Double.NaN, Double.POSITIVE_INFINITY})
  void rejectsADiscriminationThatIsNotPositiveAndFinite(double a) {
    assertThatThrownBy(() -> TwoPlItem.of("q7", a, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("q7")
        .hasMessageContaining(String.valueOf(a));
    assertThatThrownBy(() -> GradedResponseItem.of("r7", a, -1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(a));
  }

  @Test
  void rejectsAnInfiniteDifficulty() {
    assertThatThrownBy(() -> TwoPlItem.of("q", 1, Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-Infinity");
  }

  @Test
  void rejectsThresholdsThatAreNotStrictlyIncreasing() {
    assertThatThrownBy(() -> GradedResponseItem.of("r", 1, -1.0, 0.5, 0.25))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("b3 = 0.25");
    assertThatThrownBy(() -> GradedResponseItem.of("r", 1, 0.5, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.5");
  }

  @Test
  void rejectsAGradedItemWithoutThresholds() {
    assertThatThrownBy(() -> GradedResponseItem.of("r", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'r'");
  }

  @Test
  void rejectsAResponseOutsideTheItemsCategories() {
    assertThatThrownBy(() -> TwoPlItem.of("q", 1, 0).probability(2, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("response 2")
        .hasMessageContaining("0..1");
    assertThatThrownBy(() -> GradedResponseItem.of("r", 1, -1, 1).probability(0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("response 0")
        .hasMessageContaining("1..3");
  }

  @Test
  void rejectsANonFiniteTheta() {
    assertThatThrownBy(() -> TwoPlItem.of("q", 1, 0).probability(1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
  }

  private static double boundary(double a, double b, double theta) {
    return 1 / (1 + Math.exp(-a * (theta - b)));
  }
}
