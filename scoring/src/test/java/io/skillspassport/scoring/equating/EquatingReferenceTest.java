package io.skillspassport.scoring.equating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.scoring.testing.ReferenceTable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ACT Math forms X and Y (Kolen &amp; Brennan Table 2.5) against the equate / Equating Recipes
 * values.
 */
class EquatingReferenceTest {

  private static final double TOLERANCE = 1e-4;

  private static ScoreDistribution form(String column) {
    Map<Integer, Double> counts = new LinkedHashMap<>();
    for (ReferenceTable.Row r : ReferenceTable.load("actmath_frequencies.tsv").rows()) {
      counts.put(r.integer("scale"), r.number(column));
    }
    return ScoreDistribution.of(counts);
  }

  static Stream<ReferenceTable.Row> scores() {
    return ReferenceTable.load("actmath_equating_x_to_y.tsv").rows().stream();
  }

  @Test
  void momentsWithTheNDenominatorMatchKolenAndBrennan() {
    ReferenceTable moments = ReferenceTable.load("actmath_moments.tsv");
    for (String name : new String[] {"X", "Y"}) {
      ScoreDistribution d = form(name.toLowerCase() + "count");
      ReferenceTable.Row row = moments.rowWhere("form", name);

      assertThat(d.total()).isEqualTo(row.number("N"));
      assertThat(d.mean()).isCloseTo(row.number("mean"), within(1e-6));
      assertThat(d.standardDeviation(ScoreDistribution.Denominator.N))
          .isCloseTo(row.number("sd_N"), within(1e-6));
      assertThat(d.standardDeviation(ScoreDistribution.Denominator.N_MINUS_1))
          .isCloseTo(row.number("sd_N_minus_1"), within(1e-6));
    }
  }

  @ParameterizedTest(name = "x = {0}")
  @MethodSource("scores")
  void percentileRanksOfFormXMatchTheReference(ReferenceTable.Row row) {
    assertThat(form("xcount").percentileRank(row.number("x")))
        .isCloseTo(row.number("percentile_rank_x"), within(TOLERANCE));
  }

  @ParameterizedTest(name = "x = {0}")
  @MethodSource("scores")
  void meanEquatingMatchesTheReference(ReferenceTable.Row row) {
    assertThat(Equating.mean(form("xcount"), form("ycount")).equate(row.number("x")))
        .isCloseTo(row.number("mean_yx"), within(TOLERANCE));
  }

  @ParameterizedTest(name = "x = {0}")
  @MethodSource("scores")
  void linearEquatingWithNDenominatorMatchesTheKolenBrennanColumn(ReferenceTable.Row row) {
    assertThat(Equating.linear(form("xcount"), form("ycount")).equate(row.number("x")))
        .isCloseTo(row.number("linear_yx_N_denominator"), within(TOLERANCE));
  }

  @ParameterizedTest(name = "x = {0}")
  @MethodSource("scores")
  void linearEquatingWithNMinusOneDenominatorMatchesTheRColumn(ReferenceTable.Row row) {
    LinearEquating linear =
        Equating.linear(form("xcount"), form("ycount"), ScoreDistribution.Denominator.N_MINUS_1);

    assertThat(linear.equate(row.number("x")))
        .isCloseTo(row.number("linear_yx"), within(TOLERANCE));
  }

  @ParameterizedTest(name = "x = {0}")
  @MethodSource("scores")
  void equipercentileEquatingMatchesTheReferenceAboveZero(ReferenceTable.Row row) {
    // x = 0 has percentile rank 0, where programs use different boundary conventions (README).
    if (row.integer("x") == 0) {
      return;
    }
    EquatingFunction e = Equating.equipercentile(form("xcount"), form("ycount"));

    assertThat(e.equate(row.number("x")))
        .isCloseTo(row.number("equipercentile_yx"), within(TOLERANCE));
  }

  @Test
  void linearCoefficientsMatchTheReference() {
    ReferenceTable coefficients = ReferenceTable.load("actmath_linear_coefficients.tsv");
    LinearEquating mean = Equating.mean(form("xcount"), form("ycount"));
    LinearEquating linear =
        Equating.linear(form("xcount"), form("ycount"), ScoreDistribution.Denominator.N_MINUS_1);

    assertThat(mean.slope()).isEqualTo(coefficients.rowWhere("method", "mean").number("slope"));
    assertThat(mean.intercept())
        .isCloseTo(coefficients.rowWhere("method", "mean").number("intercept"), within(1e-6));
    assertThat(linear.slope())
        .isCloseTo(coefficients.rowWhere("method", "linear").number("slope"), within(1e-6));
    assertThat(linear.intercept())
        .isCloseTo(coefficients.rowWhere("method", "linear").number("intercept"), within(1e-6));
  }

  @Test
  void percentileIsTheInverseOfThePercentileRankInsideTheRange() {
    ScoreDistribution y = form("ycount");
    for (double score = 0.6; score < 40.5; score += 0.37) {
      assertThat(y.percentile(y.percentileRank(score))).isCloseTo(score, within(1e-9));
    }
  }

  @Test
  void equipercentileOfAFormWithItselfIsTheIdentity() {
    EquatingFunction e = Equating.equipercentile(form("xcount"), form("xcount"));
    for (int x = 1; x <= 40; x++) {
      assertThat(e.equate(x)).isCloseTo(x, within(1e-9));
    }
  }

  @Test
  void rejectsNegativeCountsAndAllZeroDistributions() {
    assertThatThrownBy(() -> ScoreDistribution.of(Map.of(0, 3, 1, -2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-2");
    assertThatThrownBy(() -> ScoreDistribution.of(Map.of(0, 0, 1, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zero");
  }

  @Test
  void rejectsANonFiniteScore() {
    assertThatThrownBy(() -> form("xcount").percentileRank(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
  }
}
