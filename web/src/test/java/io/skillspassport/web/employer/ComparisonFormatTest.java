package io.skillspassport.web.employer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The figures of the employer comparison as the page writes them. Expected strings are written out
 * by hand: a P(clears) is a whole percentage capped at "<1%" and ">99%", 0 and 1 included (the
 * candidate pages follow the same rule), τ has three decimals.
 */
class ComparisonFormatTest {

  private final ComparisonFormat format = new ComparisonFormat();

  @ParameterizedTest(name = "P = {0} → {1}")
  @CsvSource({
    "0, <1%",
    "2.042e-24, <1%",
    "0.0037, <1%",
    "0.006, <1%",
    "0.00999, <1%",
    "0.01, 1%",
    "0.176, 18%",
    "0.5, 50%",
    "0.99, 99%",
    "0.99988, >99%",
    "1, >99%"
  })
  void probabilitiesAreWholePercentagesThatNeverClaimCertainty(double p, String shown) {
    assertEquals(shown, format.percent(p));
  }

  @Test
  void undefinedFiguresAreADash() {
    assertEquals("—", format.percent(null));
    assertEquals("—", format.tau(null));
    assertEquals("—", format.score(null));
  }

  @ParameterizedTest(name = "τ = {0} → {1}")
  @CsvSource({"1, 1.000", "-1, -1.000", "0.3333333, 0.333", "-0.6666667, -0.667", "0, 0.000"})
  void tauHasThreeDecimals(double tau, String shown) {
    assertEquals(shown, format.tau(tau));
  }

  @ParameterizedTest(name = "{0} → x = {1}")
  @CsvSource({"300, 0.0", "850, 220.0", "575, 110.0", "200, 0.0", "900, 220.0"})
  void scoresArePlacedOnTheChartAndClippedToTheScale(double score, String x) {
    assertEquals(x, format.x(score));
  }
}
