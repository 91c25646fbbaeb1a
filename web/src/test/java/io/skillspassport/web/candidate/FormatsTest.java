package io.skillspassport.web.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The number formats of the candidate pages. Expected strings are written out by hand from the
 * rules in {@link Formats}' Javadoc: whole percentages, half up, capped at "<1%" and ">99%" (0 and
 * 1 included: the model never gives certainty).
 */
class FormatsTest {

  @ParameterizedTest(name = "P = {0} → {1}")
  @CsvSource({
    "0, <1%",
    "1e-9, <1%",
    "0.004, <1%",
    "0.00999, <1%",
    "0.01, 1%",
    "0.0149, 1%",
    "0.015, 2%",
    "0.5, 50%",
    "0.245, 25%",
    "0.985, 99%",
    "0.99, 99%",
    "0.9901, >99%",
    "0.9995, >99%",
    "0.999999, >99%",
    "1, >99%"
  })
  void probabilitiesAreWholePercentagesThatNeverClaimCertainty(double p, String shown) {
    assertEquals(shown, Formats.percent(p));
  }

  @ParameterizedTest(name = "{0} points → {1}")
  @CsvSource({"0, 0", "0.4, 0.4", "0.94, 0.9", "0.95, 1", "12.5, 13", "-0.3, -0.3"})
  void pointsAreWholeButAGainBelowOneKeepsOneDecimal(double value, String shown) {
    assertEquals(shown, Formats.points(value));
  }

  /**
   * A share chosen "until 2026-12-31" is stored by {@code Sharing.share} as ending at the start of
   * the next UTC day (its exclusive end); the page must show the chosen day, not 2027-01-01.
   */
  @ParameterizedTest(name = "ends {0} → last day {1}")
  @CsvSource({
    "2027-01-01T00:00:00Z, 2026-12-31",
    "2026-03-01T00:00:00Z, 2026-02-28",
    "2024-03-01T00:00:00Z, 2024-02-29",
    "2026-06-15T12:00:00Z, 2026-06-15"
  })
  void aShareEndShowsTheLastDayTheCandidateChose(String end, String shown) {
    assertEquals(shown, Formats.lastDay(java.time.Instant.parse(end)));
  }
}
