package io.skillspassport.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The item bank's curves. Expected values by hand from the 2PL/3PL formulas in PRODUCT.md: a 2PL
 * item with a = 1, b = 0 has P(0) = 1/2 (the curve's middle point sits at y = 50 of 100) and
 * information a²·P·Q = 0.25 at its peak θ = b; a 3PL item with c = 0.2 has P(−4) = 0.2 + 0.8/(1 +
 * e⁴) = 0.21439, drawn at y = 100·(1 − 0.21439) = 78.6.
 */
class ItemCurvesTest {

  @Test
  void aTwoPlCurvePassesOneHalfAtItsDifficultyWhereInformationPeaks() {
    ItemCurves curves = ItemCurves.of("TWO_PL", 1.0, List.of(0.0), 0);
    String[] points = curves.characteristic().split(" ");
    assertEquals(ItemCurves.STEPS + 1, points.length);
    assertEquals("120.0,50.0", points[ItemCurves.STEPS / 2]);
    assertEquals(0.25, curves.peakInformation(), 1e-12);
    assertEquals(0.0, curves.peakTheta(), 1e-12);
    assertEquals("120.0,0.0", curves.information().split(" ")[ItemCurves.STEPS / 2]);
  }

  @Test
  void aThreePlCurveStartsAtItsGuessingFloor() {
    ItemCurves curves = ItemCurves.of("TWO_PL", 1.0, List.of(0.0), 0.2);
    assertEquals("0.0,78.6", curves.characteristic().split(" ")[0]);
  }

  @Test
  void aGradedItemsExpectedScoreIsRescaledToZeroToOne() {
    ItemCurves curves = ItemCurves.of("GRADED_RESPONSE", 1.5, List.of(-1.0, 0.0, 1.0), 0);
    String[] points = curves.characteristic().split(" ");
    double first = Double.parseDouble(points[0].split(",")[1]);
    double last = Double.parseDouble(points[points.length - 1].split(",")[1]);
    assertTrue(first > 95 && last < 5, first + " / " + last);
    // Symmetric thresholds around 0: expected score at θ = 0 is the middle of the range.
    assertEquals("120.0,50.0", points[ItemCurves.STEPS / 2]);
  }
}
