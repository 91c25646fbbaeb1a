package io.skillspassport.scoring.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.scoring.readiness.FamilyScore;
import io.skillspassport.scoring.readiness.Readiness;
import io.skillspassport.scoring.readiness.ReadinessCriteria;
import io.skillspassport.scoring.readiness.ReadinessResult;
import io.skillspassport.scoring.readiness.Verdict;
import io.skillspassport.scoring.readiness.WeightSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RankingTest {

  private static final List<String> FAMILIES = List.of("A", "B", "C");

  private static WeightSet weights() {
    Map<String, Double> w = new LinkedHashMap<>();
    w.put("A", 0.5);
    w.put("B", 0.3);
    w.put("C", 0.2);
    return WeightSet.of(w);
  }

  @Test
  void ranksCompleteCandidatesByCompositeAndPutsIncompleteOnesLast() {
    CandidateScores candidates =
        CandidateScores.builder(FAMILIES)
            .add(
                "low",
                Map.of(
                    "A",
                    FamilyScore.of(500, 20),
                    "B",
                    FamilyScore.of(500, 20),
                    "C",
                    FamilyScore.of(500, 20)))
            .add("missing-b", Map.of("A", FamilyScore.of(850, 20), "C", FamilyScore.of(850, 20)))
            .add(
                "high",
                Map.of(
                    "A",
                    FamilyScore.of(800, 20),
                    "B",
                    FamilyScore.of(700, 20),
                    "C",
                    FamilyScore.of(600, 20)))
            .add(
                "mid",
                Map.of(
                    "A",
                    FamilyScore.of(650, 20),
                    "B",
                    FamilyScore.of(650, 20),
                    "C",
                    FamilyScore.of(650, 20)))
            .build();

    RankingResult ranking = Ranking.rank(candidates, ReadinessCriteria.of(weights(), 640));

    assertThat(ranking.rankedIds()).containsExactly("high", "mid", "low", "missing-b");
    RankedCandidate last = ranking.atRank(4);
    assertThat(last.verdict()).isEqualTo(Verdict.INCOMPLETE);
    assertThat(last.missingFamilies()).containsExactly("B");
    assertThat(last.composite()).isEmpty();
    assertThat(last.probabilityClears()).isEmpty();
    assertThat(ranking.atRank(1).composite().getAsDouble()).isCloseTo(730.0, within(1e-9));
  }

  @Test
  void everyRankedCandidateAgreesWithTheSinglePassportAssessment() {
    Random random = new Random(7);
    CandidateScores.Builder builder = CandidateScores.builder(FAMILIES);
    Map<String, Map<String, FamilyScore>> passports = new LinkedHashMap<>();
    for (int i = 0; i < 300; i++) {
      Map<String, FamilyScore> p = new LinkedHashMap<>();
      for (String f : FAMILIES) {
        if (random.nextDouble() < 0.95) {
          p.put(f, FamilyScore.of(300 + random.nextInt(551), 15 + 40 * random.nextDouble()));
        }
      }
      passports.put("c" + i, p);
      builder.add("c" + i, p);
    }
    ReadinessCriteria criteria = ReadinessCriteria.of(weights(), 620, Map.of("C", 450));

    RankingResult ranking = Ranking.rank(builder.build(), criteria);

    for (RankedCandidate c : ranking.all()) {
      ReadinessResult single = Readiness.assess(passports.get(c.candidateId()), criteria);
      assertThat(c.verdict()).isEqualTo(single.verdict());
      assertThat(c.failedMinimums())
          .containsExactlyElementsOf(
              single.failedMinimums().stream().map(f -> f.family()).toList());
      if (single instanceof ReadinessResult.Complete complete) {
        assertThat(c.composite().getAsDouble()).isCloseTo(complete.composite(), within(1e-9));
        assertThat(c.compositeSem().getAsDouble()).isCloseTo(complete.compositeSem(), within(1e-9));
        assertThat(c.probabilityClears().getAsDouble())
            .isCloseTo(complete.probabilityAtLeastThreshold(), within(1e-12));
      } else {
        assertThat(c.missingFamilies())
            .containsExactlyElementsOf(((ReadinessResult.Incomplete) single).missingFamilies());
      }
    }
    for (int r = 2; r <= ranking.size(); r++) {
      double previous = ranking.compositeAtRank(r - 1);
      double current = ranking.compositeAtRank(r);
      if (!Double.isNaN(current)) {
        assertThat(current).isLessThanOrEqualTo(previous);
      }
    }
  }

  @Test
  void tiesKeepTheOrderInWhichCandidatesWereAdded() {
    Map<String, FamilyScore> same =
        Map.of(
            "A",
            FamilyScore.of(600, 20),
            "B",
            FamilyScore.of(600, 20),
            "C",
            FamilyScore.of(600, 20));
    CandidateScores candidates =
        CandidateScores.builder(FAMILIES)
            .add("first", same)
            .add("second", same)
            .add("third", same)
            .build();

    assertThat(Ranking.rank(candidates, ReadinessCriteria.of(weights(), 600)).rankedIds())
        .containsExactly("first", "second", "third");
  }

  @Test
  void reportsFailedMinimumsPerCandidate() {
    CandidateScores candidates =
        CandidateScores.builder(FAMILIES)
            .add(
                "x",
                Map.of(
                    "A",
                    FamilyScore.of(800, 20),
                    "B",
                    FamilyScore.of(420, 20),
                    "C",
                    FamilyScore.of(700, 20)))
            .build();

    RankedCandidate x =
        Ranking.rank(candidates, ReadinessCriteria.of(weights(), 600, Map.of("B", 450))).atRank(1);

    assertThat(x.failedMinimums()).containsExactly("B");
  }

  @Test
  void rejectsAnUnknownFamilyAScoreOffTheScaleAndADuplicateCandidate() {
    CandidateScores.Builder builder = CandidateScores.builder(FAMILIES);

    assertThatThrownBy(() -> builder.add("x", Map.of("Z", FamilyScore.of(600, 20))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown family 'Z'");
    assertThatThrownBy(() -> builder.add("x", new int[] {600, 1000, 600}, new double[] {1, 1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1000")
        .hasMessageContaining("'B'");
    builder.add("x", Map.of("A", FamilyScore.of(600, 20)));
    assertThatThrownBy(() -> builder.add("x", Map.of("A", FamilyScore.of(600, 20))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x'");
  }

  @Test
  void aWeightedFamilyThatIsNoColumnLeavesEveryCandidateIncomplete() {
    CandidateScores candidates =
        CandidateScores.builder(List.of("A", "B"))
            .add("x", Map.of("A", FamilyScore.of(600, 20), "B", FamilyScore.of(600, 20)))
            .build();

    RankedCandidate x = Ranking.rank(candidates, ReadinessCriteria.of(weights(), 600)).atRank(1);

    assertThat(x.verdict()).isEqualTo(Verdict.INCOMPLETE);
    assertThat(x.missingFamilies()).containsExactly("C");
  }

  private static final List<String> TWO = List.of("A", "B");

  private static WeightSet twoWeights(double a, double b) {
    Map<String, Double> w = new LinkedHashMap<>();
    w.put("A", a);
    w.put("B", b);
    return WeightSet.of(w);
  }

  @Test
  void breaksTiesByCandidateIdWhateverTheInsertionOrder() {
    CandidateScores candidates =
        CandidateScores.builder(TWO)
            .add("c", Map.of("A", FamilyScore.of(600, 20), "B", FamilyScore.of(600, 20)))
            .add("z-incomplete", Map.of("A", FamilyScore.of(800, 20)))
            .add("a", Map.of("A", FamilyScore.of(600, 20), "B", FamilyScore.of(600, 20)))
            .add("y-incomplete", Map.of("B", FamilyScore.of(800, 20)))
            .add("b", Map.of("A", FamilyScore.of(700, 20), "B", FamilyScore.of(500, 20)))
            .build();

    RankingResult ranking = Ranking.rank(candidates, ReadinessCriteria.of(twoWeights(1, 1), 600));

    assertThat(ranking.rankedIds()).containsExactly("a", "b", "c", "y-incomplete", "z-incomplete");
    assertThat(ranking.completeCount()).isEqualTo(3);
  }

  @Test
  void tauOfARankingChangeIsOverCandidatesCompleteUnderBothWithTiesById() {
    // Under A only: p4 800, p1 700, p3 650, p2 600 (p5 incomplete). Under A + B equally: p2 650 and
    // p3 650 tie (→ p2 before p3 by id), p1 600 (p4, p5 incomplete). Complete under both: p1, p2,
    // p3, in the orders (p1, p3, p2) and (p2, p3, p1): all three pairs swap, τ = (0 − 3)/3 = −1 by
    // hand. With the tie in insertion order (p3 first) one pair would agree and τ would be −1/3.
    CandidateScores candidates =
        CandidateScores.builder(TWO)
            .add("p1", Map.of("A", FamilyScore.of(700, 20), "B", FamilyScore.of(500, 20)))
            .add("p3", Map.of("A", FamilyScore.of(650, 20), "B", FamilyScore.of(650, 20)))
            .add("p2", Map.of("A", FamilyScore.of(600, 20), "B", FamilyScore.of(700, 20)))
            .add("p4", Map.of("A", FamilyScore.of(800, 20)))
            .add("p5", Map.of("B", FamilyScore.of(800, 20)))
            .build();
    RankingResult aOnly = Ranking.rank(candidates, ReadinessCriteria.of(twoWeights(1, 0), 600));
    RankingResult both = Ranking.rank(candidates, ReadinessCriteria.of(twoWeights(1, 1), 600));

    ComparedRankings compared = ComparedRankings.of(aOnly, both);

    assertThat(compared.size()).isEqualTo(3);
    assertThat(compared.first()).containsExactly("p1", "p3", "p2");
    assertThat(compared.second()).containsExactly("p2", "p3", "p1");
    assertThat(compared.tau().tau()).isEqualTo(-1.0);
    assertThat(compared.tau().discordantPairs()).isEqualTo(3);
    assertThat(compared.coefficient()).isEqualTo(-1.0);
  }
}
