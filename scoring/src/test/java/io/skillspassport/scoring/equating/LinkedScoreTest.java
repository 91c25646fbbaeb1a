package io.skillspassport.scoring.equating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.scoring.scale.ReportingScale;
import io.skillspassport.scoring.testing.ReferenceTable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The imported SEM with the linking error, against the hand-worked fixture {@code
 * linked_score_hand_worked.tsv} (its header shows the arithmetic).
 */
class LinkedScoreTest {

  /** Every fixture value is exact or printed to 15+ significant digits. */
  private static final double TOLERANCE = 1e-9;

  private static final EquatingTable TABLE =
      EquatingTable.of(new double[] {0, 10, 20}, new double[] {400, 500, 700});

  static Stream<ReferenceTable.Row> rows() {
    return ReferenceTable.load("linked_score_hand_worked.tsv").rows().stream();
  }

  @ParameterizedTest
  @MethodSource("rows")
  void linksTheScoreAndAddsTheLinkingErrorInQuadrature(ReferenceTable.Row row) {
    LinkedScore linked =
        LinkedScore.of(
            TABLE,
            ReportingScale.standard(),
            row.number("x"),
            row.number("sem_external"),
            row.number("linking_error"));

    assertThat(TABLE.equate(row.number("x")))
        .isCloseTo(row.number("equivalent"), within(TOLERANCE));
    assertThat(TABLE.slope(row.number("x"))).isCloseTo(row.number("slope"), within(TOLERANCE));
    assertThat(linked.semFromEngine())
        .isCloseTo(row.number("sem_engine_on_scale"), within(TOLERANCE));
    assertThat(linked.scaled().sem()).isCloseTo(row.number("sem"), within(TOLERANCE));
    assertThat(linked.scaled().unclamped()).isCloseTo(row.number("equivalent"), within(TOLERANCE));
    assertThat(linked.scaled().reported()).isEqualTo(row.integer("reported"));
    assertThat(linked.scaled().bandLower()).isEqualTo(row.integer("band95_lo"));
    assertThat(linked.scaled().bandUpper()).isEqualTo(row.integer("band95_hi"));
    assertThat(linked.thetaSe() * 75).isCloseTo(row.number("sem"), within(TOLERANCE));
  }

  @Test
  void refusesAScoreOutsideTheTableInsteadOfExtrapolating() {
    assertThatThrownBy(() -> LinkedScore.of(TABLE, ReportingScale.standard(), 20.5, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("20.5")
        .hasMessageContaining("outside");
  }

  @Test
  void refusesANegativeLinkingErrorAndANonPositiveEngineError() {
    assertThatThrownBy(() -> LinkedScore.of(TABLE, ReportingScale.standard(), 5, 1, -1))
        .hasMessageContaining("linking error");
    assertThatThrownBy(() -> LinkedScore.of(TABLE, ReportingScale.standard(), 5, 0, 1))
        .hasMessageContaining("external standard error");
  }

  @Test
  void refusesAnEquivalentOffTheReportingScale() {
    EquatingTable wide = EquatingTable.of(new double[] {0, 10}, new double[] {200, 900});
    assertThatThrownBy(() -> LinkedScore.of(wide, ReportingScale.standard(), 0, 1, 0))
        .hasMessageContaining("200");
  }

  @Test
  void parsesTheOutputOfTheEquateCommandAndFormatsItBack() {
    EquatingTable parsed = EquatingTable.parse("# from equate\nx ey\n0 400\n10 500.5\n\n20 700\n");

    assertThat(parsed.size()).isEqualTo(3);
    assertThat(parsed.equate(10)).isEqualTo(500.5);
    assertThat(EquatingTable.parse(parsed.format())).isEqualTo(parsed);
  }

  @Test
  void refusesScoresThatDoNotIncreaseAndNamesTheLine() {
    assertThatThrownBy(() -> EquatingTable.parse("x ey\n0 400\n0 410\n"))
        .hasMessageContaining("point 2");
    assertThatThrownBy(() -> EquatingTable.parse("x ey\n0 400\nten 410\n"))
        .hasMessageContaining("line 3");
  }

  @Test
  void aTableOfALinearEquatingHasTheLinesSlopeEverywhere() {
    LinearEquating line = new LinearEquating(2.5, 450);
    double[] x = {0, 1, 2, 3, 4};
    double[] e = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      e[i] = line.equate(x[i]);
    }
    EquatingTable table = EquatingTable.of(x, e);
    for (double at : new double[] {0, 0.5, 1, 2, 3.7, 4}) {
      assertThat(table.slope(at)).isCloseTo(2.5, within(TOLERANCE));
      assertThat(table.equate(at)).isCloseTo(line.equate(at), within(TOLERANCE));
    }
  }
}
