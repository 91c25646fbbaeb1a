package io.skillspassport.scoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.scoring.testing.ReferenceTable;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The two published examples: Krippendorff (2011) with missing ratings (α published to 3 decimals,
 * so the tolerance is half a unit of the third decimal) and Shrout &amp; Fleiss (1979) Table 2
 * (coefficients recomputed to 4 decimals from the mean squares, tolerance half a unit of the fourth
 * decimal). Files: {@code krippendorff_2011*.tsv}, {@code shrout_fleiss_1979*.tsv}.
 */
class AgreementReferenceTest {

  private static final double THREE_DECIMALS = 0.0005;
  private static final double FOUR_DECIMALS = 0.00005;

  /** Reads a units × raters file whose first column names the unit; '.' is a missing rating. */
  static Ratings load(String name) {
    ReferenceTable table = ReferenceTable.load(name);
    List<ReferenceTable.Row> rows = table.rows();
    int raters = rows.get(0).toString().split("\t", -1).length - 1;
    double[][] values = new double[rows.size()][raters];
    for (int u = 0; u < rows.size(); u++) {
      String[] row = rows.get(u).toString().split("\t", -1);
      for (int r = 1; r < row.length; r++) {
        values[u][r - 1] = row[r].equals(".") ? Double.NaN : Double.parseDouble(row[r]);
      }
    }
    return Ratings.of(values);
  }

  @Test
  void alphaMatchesKrippendorffsPublishedValuesForEveryMetric() {
    Ratings ratings = load("krippendorff_2011.tsv");
    for (ReferenceTable.Row expected :
        ReferenceTable.load("krippendorff_2011_expected.tsv").rows()) {
      Metric metric = Metric.valueOf(expected.text("metric").toUpperCase(Locale.ROOT));
      Alpha alpha = KrippendorffAlpha.of(ratings, metric);
      assertThat(alpha.requireValue())
          .as(metric.name())
          .isCloseTo(expected.number("alpha"), within(THREE_DECIMALS));
    }
  }

  @Test
  void alphaOfTheKrippendorffExampleRestsOnElevenUnitsAndFortyOneValues() {
    // Unit 12 has a single rating and drops out; counted by hand from the file, units 1-11 hold
    // 3 + 8·4 + 3 + 2 = 40 ratings.
    Alpha alpha = KrippendorffAlpha.of(load("krippendorff_2011.tsv"), Metric.NOMINAL);
    assertThat(alpha.pairableUnits()).isEqualTo(11);
    assertThat(alpha.pairableValues()).isEqualTo(40);
  }

  @Test
  void intraclassCorrelationsMatchShroutAndFleiss() {
    IntraclassCorrelations icc = IntraclassCorrelations.of(load("shrout_fleiss_1979.tsv"));
    ReferenceTable expected = ReferenceTable.load("shrout_fleiss_1979_expected.tsv");
    assertThat(icc.icc1())
        .isCloseTo(expected.rowWhere("statistic", "icc1").number("value"), within(FOUR_DECIMALS));
    assertThat(icc.icc2())
        .isCloseTo(expected.rowWhere("statistic", "icc2").number("value"), within(FOUR_DECIMALS));
    assertThat(icc.icc3())
        .isCloseTo(expected.rowWhere("statistic", "icc3").number("value"), within(FOUR_DECIMALS));
    assertThat(icc.icc1k())
        .isCloseTo(expected.rowWhere("statistic", "icc1k").number("value"), within(FOUR_DECIMALS));
    assertThat(icc.icc2k())
        .isCloseTo(expected.rowWhere("statistic", "icc2k").number("value"), within(FOUR_DECIMALS));
    assertThat(icc.icc3k())
        .isCloseTo(expected.rowWhere("statistic", "icc3k").number("value"), within(FOUR_DECIMALS));
  }

  @Test
  void meanSquaresMatchShroutAndFleissTable3() {
    // Shrout & Fleiss (1979), Table 3: BMS 11.24, WMS 6.26, JMS 32.49, EMS 1.02 (2 decimals).
    IntraclassCorrelations.MeanSquares ms =
        IntraclassCorrelations.of(load("shrout_fleiss_1979.tsv")).meanSquares();
    assertThat(ms.betweenTargets()).isCloseTo(11.24, within(0.005));
    assertThat(ms.withinTargets()).isCloseTo(6.26, within(0.005));
    assertThat(ms.betweenRaters()).isCloseTo(32.49, within(0.005));
    assertThat(ms.residual()).isCloseTo(1.02, within(0.005));
  }
}
