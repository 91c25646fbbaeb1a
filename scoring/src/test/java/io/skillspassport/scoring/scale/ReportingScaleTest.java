package io.skillspassport.scoring.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.scoring.irt.EstimationMethod;
import io.skillspassport.scoring.irt.ThetaEstimate;
import io.skillspassport.scoring.testing.ReferenceTable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingScaleTest {

  private final ReportingScale scale = ReportingScale.standard();

  static Stream<ReferenceTable.Row> examples() {
    return ReferenceTable.load("scale_theta_to_300_850_examples.tsv").rows().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void reportedScoreSemAndBandMatchTheReferenceExactly(ReferenceTable.Row row) {
    ScaledScore s = scale.scale(row.number("theta"), row.number("theta_se"));

    assertThat(s.unclamped()).isCloseTo(row.number("unclamped"), within(1e-9));
    assertThat(s.reported()).isEqualTo(row.integer("reported"));
    assertThat(s.sem()).isCloseTo(row.number("sem_scale"), within(1e-9));
    assertThat(s.clamped()).isEqualTo(row.bool("clamped"));
    if (!row.bool("clamped")) {
      // The fixture's bands of clamped rows follow the rule before issue 10 (band around the
      // off-scale S*, e.g. [848, 850] for S* = 1025 ± 176): those rows are checked by
      // bandOfAClampedScoreIsCentredOnTheReportedScore below.
      assertThat(s.bandLower()).isEqualTo(row.integer("band95_lo"));
      assertThat(s.bandUpper()).isEqualTo(row.integer("band95_hi"));
    }
  }

  /**
   * Expected by hand: h = 1.96·75·SE; the band is [floor(E − h), ceil(E + h)] clipped, with E the
   * reported end point (300 or 850). E.g. θ = 6, SE 1.2: h = 176.4, [floor(673.6), 850].
   */
  @ParameterizedTest(name = "theta {0}, SE {1} -> [{3}, {4}]")
  @CsvSource({
    "-9, 0.5, 300, 300, 374",
    "-5, 0.9, 300, 300, 433",
    "-3.7, 0.8, 300, 300, 418",
    "-3.6667, 0.8, 300, 300, 418",
    "3.6667, 0.8, 850, 732, 850",
    "4, 0.9, 850, 717, 850",
    "6, 1.2, 850, 673, 850",
    "9, 0.5, 850, 776, 850"
  })
  void bandOfAClampedScoreIsCentredOnTheReportedScore(
      double theta, double se, int reported, int lower, int upper) {
    ScaledScore s = scale.scale(theta, se);

    assertThat(s.clamped()).isTrue();
    assertThat(s.reported()).isEqualTo(reported);
    assertThat(s.bandLower()).isEqualTo(lower);
    assertThat(s.bandUpper()).isEqualTo(upper);
    assertThat(s.reported()).isBetween(s.bandLower(), s.bandUpper());
    // The band shows the full z·SEM on the side the scale has room for.
    assertThat((double) (s.bandUpper() - s.bandLower())).isGreaterThanOrEqualTo(1.96 * s.sem());
  }

  @Test
  void roundsAMathematicalHalfUpAlthoughFloatingPointFallsBelowIt() {
    // 0.75·746 + 0.25·460 = 559.5 + 115 = 674.5 exactly; in doubles 0.3/0.4·746 + 0.1/0.4·460 is
    // 674.4999999999999.
    double composite = 0.3 / 0.4 * 746 + 0.1 / 0.4 * 460;
    assertThat(composite).isLessThan(674.5);
    assertThat(scale.round(composite)).isEqualTo(675);
    assertThat(scale.round(674.4999)).isEqualTo(674);
  }

  @Test
  void standardConstantsAreTheProductScale() {
    assertThat(scale).isEqualTo(new ReportingScale(575, 75, 300, 850, 1.96));
  }

  @ParameterizedTest
  @CsvSource({
    "-0.5, 538", // 537.5 rounds half up
    "0.5, 613", // 612.5
    "0.3, 598", // 597.5, which binary arithmetic computes as 597.4999999999999
    "-0.3, 553", // 552.5
    "0.1, 583", // 582.5
    "0.0933333333333, 582" // 581.99999999999975
  })
  void roundsHalfUpOnTheDecimalValue(double theta, int expected) {
    assertThat(scale.reported(theta)).isEqualTo(expected);
  }

  @Test
  void scoresExactlyAtTheEndsOfTheScaleAreNotClamped() {
    ScaledScore bottom = scale.scale(-275.0 / 75, 0);
    ScaledScore top = scale.scale(275.0 / 75, 0);

    assertThat(bottom.reported()).isEqualTo(300);
    assertThat(bottom.clamped()).isFalse();
    assertThat(top.reported()).isEqualTo(850);
    assertThat(top.clamped()).isFalse();
    assertThat(bottom.bandLower()).isEqualTo(300);
    assertThat(top.bandUpper()).isEqualTo(850);
  }

  @Test
  void bandIsRoundedOutward() {
    // S* = 575, SEM = 10: 575 ± 19.6 → [555.4, 594.6] → [555, 595]
    ScaledScore s = scale.scale(0, 10.0 / 75);

    assertThat(s.bandLower()).isEqualTo(555);
    assertThat(s.bandUpper()).isEqualTo(595);
  }

  @Test
  void scalesADefinedEstimateAndRejectsAnUndefinedOne() {
    ThetaEstimate eap = ThetaEstimate.of(EstimationMethod.EAP, 1, 0.35);
    ThetaEstimate mle =
        ThetaEstimate.undefined(EstimationMethod.MLE, ThetaEstimate.Reason.ALL_HIGHEST_CATEGORY);

    assertThat(scale.scale(eap).reported()).isEqualTo(650);
    assertThatThrownBy(() -> scale.scale(mle))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ALL_HIGHEST_CATEGORY");
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void rejectsANonFiniteTheta(double theta) {
    assertThatThrownBy(() -> scale.scale(theta, 0.3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("theta")
        .hasMessageContaining(String.valueOf(theta));
  }

  @Test
  void rejectsANegativeOrNanStandardError() {
    assertThatThrownBy(() -> scale.scale(0, -0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-0.1");
    assertThatThrownBy(() -> scale.scale(0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
  }

  @Test
  void rejectsInconsistentScaleConstants() {
    assertThatThrownBy(() -> new ReportingScale(575, 0, 300, 850, 1.96))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("slope");
    assertThatThrownBy(() -> new ReportingScale(575, 75, 850, 300, 1.96))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("300");
  }

  @Test
  void constantsAreConfigurationNotHardCoded() {
    ReportingScale other = new ReportingScale(100, 15, 40, 160, 1.0);
    ScaledScore s = other.scale(1.0, 0.2);

    assertThat(s.reported()).isEqualTo(115);
    assertThat(s.sem()).isCloseTo(3.0, within(1e-12));
    assertThat(s.bandLower()).isEqualTo(112);
    assertThat(s.bandUpper()).isEqualTo(118);
    assertThat(other.scale(10, 0).reported()).isEqualTo(160);
  }

  /**
   * Expected by hand on the standard scale (300–850, width 550): 575 is (575 − 300)/550 = 0.5 of
   * the way; 410 is 110/550 = 0.2; the ends are 0 and 1; scores off the scale sit at its ends.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"300, 0", "410, 0.2", "575, 0.5", "795, 0.9", "850, 1", "120, 0", "1000, 1"})
  void fractionPlacesAScoreAlongTheScale(double score, double expected) {
    assertThat(scale.fraction(score)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void spanAndFractionFollowTheScaleConstants() {
    ReportingScale other = new ReportingScale(100, 15, 40, 160, 1.0);

    assertThat(other.span()).isEqualTo(120);
    assertThat(other.fraction(70)).isCloseTo(0.25, within(1e-12));
    assertThat(scale.span()).isEqualTo(550);
  }
}
