package io.skillspassport.web.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skillspassport.assessments.boundary.SampleEnding;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The words that place a score against the scale mean (575: the centre of the standard reporting
 * scale, PRODUCT.md "S* = 575 + 75·θ") and a role threshold, read from the real candidate bundle.
 * The expected sentences are written out by hand: 715 − 575 = 140; the band 664–766 has its lower
 * end at or above 650, so it lies wholly above it.
 */
class ScorePlacementTest {

  private static final ResourceBundle MESSAGES =
      ResourceBundle.getBundle("io.skillspassport.web.candidate.messages", Locale.ROOT);

  @Test
  void placesAScoreAboveTheMeanWithItsSemInWholePoints() {
    var placement = new ScorePlacement(715, 25.7, 664, 766);
    assertEquals(
        "Your 715 ± 26 is 140 points above the scale average of 575.",
        placement.meanSentence(MESSAGES));
  }

  @Test
  void placesAScoreBelowTheMean() {
    assertEquals(
        "Your 540 ± 31 is 35 points below the scale average of 575.",
        new ScorePlacement(540, 31.4, 479, 601).meanSentence(MESSAGES));
  }

  @Test
  void aScoreAtTheMeanSaysSo() {
    assertEquals(
        "Your 575 ± 25 is exactly the scale average of 575.",
        new ScorePlacement(575, 24.5, 526, 624).meanSentence(MESSAGES));
  }

  @Test
  void aBandWhollyAboveTheThresholdSaysSo() {
    assertEquals(
        "The ML Research Scientist threshold is 650: your whole 95% band (664–766) lies above it.",
        new ScorePlacement(715, 25.7, 664, 766)
            .thresholdSentence(MESSAGES, "ML Research Scientist", 650));
  }

  @Test
  void aThresholdInsideTheBandSaysTheScoreCannotTell() {
    assertEquals(
        "The ML Research Scientist threshold is 650: it lies inside your 95% band (610–712), so"
            + " this score alone cannot tell on which side of it your true level is.",
        new ScorePlacement(661, 25.9, 610, 712)
            .thresholdSentence(MESSAGES, "ML Research Scientist", 650));
  }

  @ParameterizedTest(name = "band {0}–{1} against {2} → {3}")
  @CsvSource({
    "650, 750, 650, ABOVE",
    "651, 750, 650, ABOVE",
    "600, 649, 650, BELOW",
    "600, 650, 650, INSIDE",
    "649, 700, 650, INSIDE",
    "300, 400, 850, BELOW"
  })
  void comparesTheBandEndsWithTheThreshold(
      int low, int high, int threshold, ScorePlacement.Side side) {
    assertEquals(side, new ScorePlacement((low + high) / 2, 20, low, high).against(threshold));
  }

  @ParameterizedTest(name = "SEM {0} → ± {1}")
  @CsvSource({"25.7, 26", "25.5, 26", "25.49, 25", "8.2, 8"})
  void semIsShownAsWholePointsHalfUp(double sem, long shown) {
    assertEquals(shown, new ScorePlacement(600, sem, 550, 650).semPoints());
  }

  /** The sentence the assessments boundary used to build, word for word (before issue 15). */
  @Test
  void theMeaningOfASampleScoreNamesTheFamilyTheMeanAndTheBand() {
    assertEquals(
        "Your best estimate in Python Fundamentals is 640, 65 points above the scale's mean of 575"
            + " (575 is where the average candidate the scale was set for stands). Your true level"
            + " very likely (95%) lies between 590 and 690; differences inside that band are"
            + " measurement noise, not real differences.",
        new ScorePlacement(640, 25.5, 590, 690).meaningSentence(MESSAGES, "Python Fundamentals"));
    assertEquals(
        "Your best estimate in Communication is 575, exactly the scale's mean of 575 (575 is where"
            + " the average candidate the scale was set for stands). Your true level very likely"
            + " (95%) lies between 526 and 624; differences inside that band are measurement"
            + " noise, not real differences.",
        new ScorePlacement(575, 24.5, 526, 624).meaningSentence(MESSAGES, "Communication"));
    assertTrue(
        new ScorePlacement(540, 31.4, 479, 601)
            .meaningSentence(MESSAGES, "X")
            .startsWith("Your best estimate in X is 540, 35 points below the scale's mean of 575"));
  }

  @Test
  void everyWayATestCanEndHasASentence() {
    for (SampleEnding ending : SampleEnding.values()) {
      assertFalse(MESSAGES.getString("sample.result.ended." + ending.name()).isBlank());
    }
  }
}
