package io.skillspassport.web.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skillspassport.passports.boundary.FamilyGapEntry;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The plain-language sentences of the gap analysis, from the numbers the boundary returns. */
class GapSentencesTest {

  private static final ResourceBundle TEXTS =
      ResourceBundle.getBundle("io.skillspassport.web.candidate.messages", Locale.ROOT);

  private static FamilyGapEntry gap(
      String name, int score, double weight, double neededAlone, boolean feasible) {
    return new FamilyGapEntry(
        "CODE", name, score, 30, weight, 0, weight, neededAlone, feasible, 850 - score, 0.001);
  }

  @Test
  void aReachableTargetIsTheStepAndTheGainIsTheNormalisedWeightTimesIt() {
    // w̃ = 0.175, needed alone 40 points → composite gain 7.
    var sentence = GapSentences.of(gap("Data Analysis", 600, 0.175, 40, true), 5.0, TEXTS);

    assertEquals(
        "Raising Data Analysis by 40 points lifts your readiness by 7, enough on its own to reach"
            + " the threshold.",
        sentence.text());
    assertFalse(sentence.withinNoise());
  }

  @Test
  void aGainSmallerThanTheCompositeSemIsFlaggedAsNoise() {
    var sentence = GapSentences.of(gap("Communication", 600, 0.1, 20, true), 12.0, TEXTS);

    assertTrue(sentence.withinNoise());
    assertTrue(
        sentence
            .text()
            .startsWith("Raising Communication by 20 points lifts your readiness by 2,"));
    assertTrue(sentence.text().contains("within the measurement noise"));
    assertTrue(sentence.text().contains("±12"));
  }

  @Test
  void aTargetBeyondTheScaleUsesTheStandardStepAndSaysSo() {
    var sentence = GapSentences.of(gap("Python Fundamentals", 700, 0.2, 400, false), 5.0, TEXTS);

    assertEquals(GapSentences.STANDARD_STEP, GapSentences.step(gap("x", 700, 0.2, 400, false)));
    assertTrue(
        sentence
            .text()
            .startsWith("Raising Python Fundamentals by 50 points lifts your readiness by 10."));
    assertTrue(
        sentence.text().contains("it would need 400 more points, but only 150 are left below 850"));
  }

  @Test
  void aCandidateAlreadyAboveTheThresholdHearsAboutTheStandardStep() {
    assertEquals(50, GapSentences.step(gap("x", 700, 0.2, 0, true)));
    assertEquals(20, GapSentences.step(gap("x", 830, 0.2, 0, true)));
  }

  @Test
  void aFamilyAtTheTopOfTheScaleHasNothingLeftToGain() {
    var sentence = GapSentences.of(gap("Communication", 850, 0.2, 0, true), 5.0, TEXTS);

    assertEquals("Communication is already at the top of the scale.", sentence.text());
  }

  @Test
  void sentencesFollowTheGapOrder() {
    var sentences =
        GapSentences.of(
            List.of(gap("A", 600, 0.5, 10, true), gap("B", 600, 0.5, 10, true)), 1.0, TEXTS);

    assertEquals(2, sentences.size());
    assertTrue(sentences.get(0).text().contains(" A "));
  }

  @Test
  void smallGainsKeepADecimalAndProbabilitiesNeverClaimCertainty() {
    assertEquals("0.4", Formats.points(0.35));
    assertEquals("7", Formats.points(7.2));
    assertEquals(">99%", Formats.percent(0.9996));
    assertEquals("<1%", Formats.percent(0.004));
    assertEquals("50%", Formats.percent(0.5));
  }
}
