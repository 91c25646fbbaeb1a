package io.skillspassport.web.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skillspassport.passports.boundary.FamilyStanding;
import io.skillspassport.passports.boundary.PassportResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The passport chart's geometry. Expected x values are computed by hand from the linear map of
 * 300–850 onto the plot: wide plot 230–940 (710 units for 550 points), narrow plot 14–346 (332
 * units).
 */
class PassportChartTest {

  private static final double TOLERANCE = 1e-9;

  static FamilyStanding measured(String name, int score, int low, int high) {
    var result =
        new PassportResult(
            "C",
            name,
            score,
            25.7,
            low,
            high,
            1.87,
            0.34,
            "SAMPLE",
            Instant.EPOCH,
            Instant.EPOCH,
            false,
            false,
            "sample",
            12,
            "PROVISIONAL");
    return new FamilyStanding("C", "c", name, true, Optional.of(result));
  }

  static FamilyStanding missing(String name) {
    return new FamilyStanding("D", "d", name, true, Optional.empty());
  }

  @Test
  void drawsTheMeanAndEachThresholdAtTheirPlaceOnTheScale() {
    var chart =
        PassportChart.wide(
            List.of(measured("Python", 715, 664, 766)), Map.of(650, "threshold 650"), "average");
    assertEquals(2, chart.markers().size());
    var mean = chart.markers().get(0);
    assertTrue(mean.mean());
    assertEquals("average 575", mean.label());
    assertEquals(230 + 275.0 * 710 / 550, mean.x(), TOLERANCE);
    var threshold = chart.markers().get(1);
    assertEquals(650, threshold.value());
    assertEquals(230 + 350.0 * 710 / 550, threshold.x(), TOLERANCE);
  }

  @Test
  void theNarrowChartSpansTheWholeWidthWithNamesAboveTheRows() {
    var chart =
        PassportChart.narrow(
            List.of(measured("Python", 715, 664, 766), missing("Communication")), Map.of(), "avg");
    assertTrue(chart.labelsAbove());
    assertEquals(360, chart.width());
    var row = chart.rows().get(0);
    assertEquals(14 + 415.0 * 332 / 550, row.scoreX(), TOLERANCE);
    assertEquals(14 + 364.0 * 332 / 550, row.bandLowX(), TOLERANCE);
    assertEquals(14 + 466.0 * 332 / 550, row.bandHighX(), TOLERANCE);
    var empty = chart.rows().get(1);
    assertEquals((14 + 346) / 2.0, empty.scoreX(), TOLERANCE);
    assertEquals(row.y() + chart.rowHeight(), empty.y());
  }

  @Test
  void ticksRunFromTheMinimumToTheMaximumOfTheScale() {
    var wide = PassportChart.wide(List.of(), Map.of(), "average").getTicks();
    assertEquals(300, wide.get(0).value());
    assertEquals(850, wide.get(wide.size() - 1).value());
    assertEquals(940, wide.get(wide.size() - 1).x(), TOLERANCE);
    var narrow = PassportChart.narrow(List.of(), Map.of(), "average").getTicks();
    assertEquals(
        List.of(300, 400, 500, 600, 700, 850),
        narrow.stream().map(PassportChart.Tick::value).toList());
  }
}
