package io.skillspassport.web.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skillspassport.passports.boundary.FamilyGapEntry;
import io.skillspassport.scoring.readiness.GapStep;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The plain-language sentences of the gap analysis. The step arithmetic is the scoring module's
 * (tested in {@code GapStepTest}); here each step is given as a literal {@link GapStep} and only
 * the words are checked.
 */
class GapSentencesTest {

  private static final ResourceBundle TEXTS =
      ResourceBundle.getBundle("io.skillspassport.web.candidate.messages", Locale.ROOT);

  private static FamilyGapEntry gap(String name, int score, GapStep step) {
    return new FamilyGapEntry(
        "CODE", name, score, 30, 0.2, 0, 0.2, 0, true, 850 - score, 0.001, step);
  }

  @Test
  void aStepThatReachesTheThresholdSaysSo() {
    var sentence =
        GapSentences.of(
            gap("Data Analysis", 600, new GapStep(40, 7.0, true, false, 40, 250, false)),
            5.0,
            TEXTS);

    assertEquals(
        "Raising Data Analysis by 40 points lifts your readiness by 7, enough on its own to reach"
            + " the threshold.",
        sentence.text());
    assertFalse(sentence.withinNoise());
  }

  @Test
  void aGainWithinTheCompositeNoiseIsFlaggedWithTheCompositeSem() {
    var sentence =
        GapSentences.of(
            gap("Communication", 600, new GapStep(20, 2.0, true, false, 20, 250, true)),
            12.0,
            TEXTS);

    assertTrue(sentence.withinNoise());
    assertTrue(
        sentence
            .text()
            .startsWith("Raising Communication by 20 points lifts your readiness by 2,"));
    assertTrue(sentence.text().contains("within the measurement noise"));
    assertTrue(sentence.text().contains("±12"));
  }

  @Test
  void aTargetBeyondTheScaleNamesThePointsNeededAndThoseLeft() {
    var sentence =
        GapSentences.of(
            gap("Python Fundamentals", 700, new GapStep(50, 10.0, false, true, 400, 150, false)),
            5.0,
            TEXTS);

    assertTrue(
        sentence
            .text()
            .startsWith("Raising Python Fundamentals by 50 points lifts your readiness by 10."));
    assertTrue(
        sentence.text().contains("it would need 400 more points, but only 150 are left below 850"));
  }

  @Test
  void aFamilyAtTheTopOfTheScaleHasNothingLeftToGain() {
    var sentence =
        GapSentences.of(
            gap("Communication", 850, new GapStep(0, 0, false, false, 0, 0, false)), 5.0, TEXTS);

    assertEquals("Communication is already at the top of the scale.", sentence.text());
  }

  @Test
  void sentencesFollowTheGapOrder() {
    GapStep step = new GapStep(10, 5.0, true, false, 10, 250, false);
    var sentences = GapSentences.of(List.of(gap("A", 600, step), gap("B", 600, step)), 1.0, TEXTS);

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
