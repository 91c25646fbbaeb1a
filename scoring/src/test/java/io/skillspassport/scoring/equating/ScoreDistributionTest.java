package io.skillspassport.scoring.equating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A four-person distribution small enough to work out by hand with Kolen &amp; Brennan's
 * definitions (eq. 2.14 and 2.18): scores 2, 4, 4, 5 — so the range is 2..5 with no 3 — giving f =
 * .25, 0, .5, .25 and F = .25, .25, .75, 1. A lowest score other than 0 catches offsets that go the
 * wrong way.
 */
class ScoreDistributionTest {

  private final ScoreDistribution d =
      ScoreDistribution.of(new int[] {5, 2, 4}, new double[] {1, 1, 2});

  @Test
  void coversTheRangeWithRelativeAndCumulativeFrequencies() {
    assertThat(d.minScore()).isEqualTo(2);
    assertThat(d.maxScore()).isEqualTo(5);
    assertThat(d.total()).isEqualTo(4.0);
    assertThat(d.relativeFrequency(1)).isZero();
    assertThat(d.relativeFrequency(2)).isEqualTo(0.25);
    assertThat(d.relativeFrequency(3)).isZero();
    assertThat(d.relativeFrequency(4)).isEqualTo(0.5);
    assertThat(d.relativeFrequency(5)).isEqualTo(0.25);
    assertThat(d.relativeFrequency(6)).isZero();
    assertThat(d.cumulative(1)).isZero();
    assertThat(d.cumulative(2)).isEqualTo(0.25);
    assertThat(d.cumulative(3)).isEqualTo(0.25);
    assertThat(d.cumulative(4)).isEqualTo(0.75);
    assertThat(d.cumulative(5)).isEqualTo(1.0);
    assertThat(d.cumulative(6)).isEqualTo(1.0);
  }

  @Test
  void momentsWithBothDenominators() {
    // mean 3.75; squared deviations 3.0625·.25 + .0625·.5 + 1.5625·.25 = 1.1875
    assertThat(d.mean()).isCloseTo(3.75, within(1e-12));
    assertThat(d.standardDeviation(ScoreDistribution.Denominator.N))
        .isCloseTo(Math.sqrt(1.1875), within(1e-12));
    assertThat(d.standardDeviation(ScoreDistribution.Denominator.N_MINUS_1))
        .isCloseTo(Math.sqrt(1.1875 * 4 / 3), within(1e-12));
  }

  @ParameterizedTest(name = "P({0}) = {1}")
  @CsvSource({
    "1.4, 0",
    "1.5, 0",
    "2, 12.5",
    "2.4, 22.5",
    "3, 25",
    "4.2, 60",
    "5.49, 99.75",
    "5.5, 100",
    "9, 100"
  })
  void percentileRanksFollowEquation214(double x, double rank) {
    assertThat(d.percentileRank(x)).isCloseTo(rank, within(1e-9));
  }

  @ParameterizedTest(name = "P⁻¹({0}) = {1}")
  @CsvSource({"0, 1.5", "12.5, 2", "25, 3.5", "60, 4.2", "99.75, 5.49", "100, 5.5"})
  void percentilesFollowEquation218(double rank, double x) {
    assertThat(d.percentile(rank)).isCloseTo(x, within(1e-9));
  }

  @Test
  void rejectsRanksAndScoresOutsideTheirDomain() {
    assertThatThrownBy(() -> d.percentile(-1)).hasMessageContaining("-1");
    assertThatThrownBy(() -> d.percentile(100.5)).hasMessageContaining("100.5");
    assertThatThrownBy(() -> d.percentileRank(Double.NaN)).hasMessageContaining("NaN");
    assertThatThrownBy(() -> ScoreDistribution.of(new int[] {1, 1}, new double[] {1, 2}))
        .hasMessageContaining("duplicate score 1");
    assertThatThrownBy(() -> ScoreDistribution.of(new int[] {1}, new double[] {1, 2}))
        .hasMessageContaining("one count per score");
    ScoreDistribution one = ScoreDistribution.of(new int[] {3}, new double[] {1});
    assertThatThrownBy(() -> one.standardDeviation(ScoreDistribution.Denominator.N_MINUS_1))
        .hasMessageContaining("N = 1");
  }
}
