package io.skillspassport.scoring.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.scoring.readiness.FamilyScore;
import io.skillspassport.scoring.readiness.ReadinessCriteria;
import io.skillspassport.scoring.readiness.Verdict;
import io.skillspassport.scoring.readiness.WeightSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every accessor of a ranking of three candidates whose figures are worked out by hand: weights A
 * 0.5, B 0.3, C 0.2 (sum 1), threshold 600, minimum 560 on C.
 *
 * <ul>
 *   <li>ann: A 700, B 600, C 500, SEM 20 each: C = 350 + 180 + 100 = 630, SEM_C = 20·√0.38 =
 *       12.328828, P = Φ(30/12.328828) = 0.992519491 (SciPy {@code norm.cdf}); fails C's minimum.
 *   <li>bob: 600 everywhere, SEM 30: C = 600, P = Φ(0) = 0.5.
 *   <li>cy: A 650, C 650, B missing: incomplete, ranked last.
 * </ul>
 */
class RankingResultTest {

  private static RankingResult ranking() {
    Map<String, Double> w = new LinkedHashMap<>();
    w.put("A", 0.5);
    w.put("B", 0.3);
    w.put("C", 0.2);
    CandidateScores candidates =
        CandidateScores.builder(List.of("A", "B", "C"))
            .add("cy", Map.of("A", FamilyScore.of(650, 20), "C", FamilyScore.of(650, 20)))
            .add(
                "bob",
                Map.of(
                    "A", FamilyScore.of(600, 30),
                    "B", FamilyScore.of(600, 30),
                    "C", FamilyScore.of(600, 30)))
            .add(
                "ann",
                Map.of(
                    "A", FamilyScore.of(700, 20),
                    "B", FamilyScore.of(600, 20),
                    "C", FamilyScore.of(500, 20)))
            .build();
    return Ranking.rank(candidates, ReadinessCriteria.of(WeightSet.of(w), 600, Map.of("C", 560)));
  }

  @Test
  void readsEveryCandidateByRank() {
    RankingResult r = ranking();

    assertThat(r.size()).isEqualTo(3);
    assertThat(r.rankedIds()).containsExactly("ann", "bob", "cy");
    assertThat(r.ranks()).isEqualTo(Map.of("ann", 1, "bob", 2, "cy", 3));
    assertThat(r.compositeAtRank(1)).isCloseTo(630, within(1e-9));
    assertThat(r.compositeAtRank(2)).isCloseTo(600, within(1e-9));
    assertThat(r.compositeAtRank(3)).isNaN();
    assertThat(r.probabilityClearsAtRank(1)).isCloseTo(0.992519491, within(1e-8));
    assertThat(r.probabilityClearsAtRank(2)).isCloseTo(0.5, within(1e-9));
    assertThat(r.probabilityClearsAtRank(3)).isNaN();
  }

  @Test
  void recordsCarryTheFiguresFailedMinimumsAndMissingFamilies() {
    List<RankedCandidate> all = ranking().all();

    assertThat(all).extracting(RankedCandidate::rank).containsExactly(1, 2, 3);
    RankedCandidate ann = all.get(0);
    assertThat(ann.candidateId()).isEqualTo("ann");
    assertThat(ann.composite().getAsDouble()).isCloseTo(630, within(1e-9));
    assertThat(ann.compositeSem().getAsDouble()).isCloseTo(12.328828006, within(1e-8));
    assertThat(ann.failedMinimums()).containsExactly("C");
    assertThat(ann.missingFamilies()).isEmpty();
    RankedCandidate bob = all.get(1);
    assertThat(bob.verdict()).isEqualTo(Verdict.BORDERLINE);
    assertThat(bob.failedMinimums()).isEmpty();
    RankedCandidate cy = all.get(2);
    assertThat(cy.verdict()).isEqualTo(Verdict.INCOMPLETE);
    assertThat(cy.composite()).isEmpty();
    assertThat(cy.probabilityClears()).isEmpty();
    assertThat(cy.missingFamilies()).containsExactly("B");
  }

  @Test
  void topIsCutToTheLimitAndTheSize() {
    RankingResult r = ranking();

    assertThat(r.top(2)).extracting(RankedCandidate::candidateId).containsExactly("ann", "bob");
    assertThat(r.top(1)).extracting(RankedCandidate::candidateId).containsExactly("ann");
    assertThat(r.top(0)).isEmpty();
    assertThat(r.top(-1)).isEmpty();
    assertThat(r.top(10)).hasSize(3);
  }

  @Test
  void rejectsARankOutsideTheRanking() {
    RankingResult r = ranking();

    assertThat(r.atRank(3).candidateId()).isEqualTo("cy");
    assertThatThrownBy(() -> r.atRank(0)).hasMessageContaining("1..3").hasMessageContaining("0");
    assertThatThrownBy(() -> r.atRank(4)).hasMessageContaining("but was 4");
  }
}
