package io.skillspassport.assessments.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The item statistics on a seven-attempt fixture against an independent recomputation with numpy
 * ({@code src/test/resources/calibration/item_statistics_fixture.py}, whose output is {@code
 * item_statistics_expected.csv}; the script holds the same attempts as {@link #ATTEMPTS}).
 */
class ItemStatisticsTest {

  private static final Map<String, Integer> LOWEST = Map.of("A", 0, "B", 0, "G", 1, "P", 0);

  private static final List<ScoredAttempt> ATTEMPTS =
      List.of(
          attempt(Set.of("A", "B", "G"), Map.of("A", 1, "B", 1, "G", 3), null),
          attempt(Set.of("A", "B", "P"), Map.of("A", 0, "B", 1, "P", 1), "P"),
          attempt(Set.of("A", "G", "P"), Map.of("A", 1, "G", 2, "P", 0), "P"),
          attempt(Set.of("A", "B", "G"), Map.of("A", 0, "B", 0, "G", 1), null),
          attempt(Set.of("A", "B", "G", "P"), Map.of("A", 1, "B", 1, "G", 3, "P", 1), "P"),
          attempt(Set.of("B", "G"), Map.of("B", 0, "G", 2), null),
          attempt(Set.of("A", "B", "G"), Map.of("A", 1, "B", 0), null));

  @Test
  void theFiguresMatchTheIndependentNumpyRecomputation() throws IOException {
    Map<String, ItemStatistics.Figures> figures =
        ItemStatistics.of(List.of("A", "B", "G", "P"), LOWEST, ATTEMPTS);

    List<String[]> expected = expected();
    assertThat(expected).hasSize(4);
    for (String[] row : expected) {
      ItemStatistics.Figures f = figures.get(row[0]);
      assertThat(f.responses()).as(row[0] + " responses").isEqualTo(Integer.parseInt(row[1]));
      assertThat(f.meanScore()).as(row[0] + " mean").isCloseTo(d(row[2]), within(1e-9));
      assertThat(f.pointBiserial().orElseThrow())
          .as(row[0] + " point-biserial")
          .isCloseTo(d(row[3]), within(1e-9));
      assertThat(f.served()).as(row[0] + " served").isEqualTo(Integer.parseInt(row[4]));
      assertThat(f.exposure()).as(row[0] + " exposure").isCloseTo(d(row[5]), within(1e-9));
    }
  }

  @Test
  void aConstantItemHasNoPointBiserialAndAnUnservedItemNoMean() {
    Map<String, ItemStatistics.Figures> figures =
        ItemStatistics.of(
            List.of("A", "Z"),
            Map.of("A", 0, "B", 0),
            List.of(
                attempt(Set.of("A", "B"), Map.of("A", 1, "B", 0), null),
                attempt(Set.of("A", "B"), Map.of("A", 1, "B", 1), null)));

    assertThat(figures.get("A").pointBiserial()).isEmpty();
    assertThat(figures.get("A").meanScore()).isEqualTo(1.0);
    assertThat(figures.get("Z").responses()).isZero();
    assertThat(figures.get("Z").meanScore()).isNaN();
    assertThat(figures.get("Z").exposure()).isZero();
  }

  private static ScoredAttempt attempt(Set<String> served, Map<String, Integer> scored, String p) {
    return new ScoredAttempt(served, scored, Optional.ofNullable(p));
  }

  private static double d(String s) {
    return Double.parseDouble(s);
  }

  private static List<String[]> expected() throws IOException {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                ItemStatisticsTest.class.getResourceAsStream(
                    "/calibration/item_statistics_expected.csv"),
                StandardCharsets.UTF_8))) {
      return in.lines().skip(1).map(l -> l.split(",")).toList();
    }
  }
}
