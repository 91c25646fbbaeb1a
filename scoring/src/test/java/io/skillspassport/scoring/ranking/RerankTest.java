package io.skillspassport.scoring.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillspassport.scoring.readiness.ReadinessCriteria;
import io.skillspassport.scoring.readiness.WeightSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Ranking#rerank} and {@link RankAgreement#after} against the full computation after every
 * step of a seeded random history of score changes: the expected ranking is {@link Ranking#rank} of
 * the same scores (order, every figure, the rank of every row), the expected τ is {@link
 * ComparedRankings} over ids and {@link KendallTau#between}'s pair count. Scores come from three
 * values and two SEMs, so equal composites — ties broken by id — occur at every step (asserted),
 * and rows are not in id order, so the tie-break cannot pass by accident of insertion order.
 */
class RerankTest {

  private static final List<String> FAMILIES = List.of("A", "B", "C", "D");

  private static final int[] VALUES = {500, 550, 600};

  private static final double[] SEMS = {20, 30};

  @Test
  void equalsAFullRankAfterRandomChangesIncludingTiesAndCompleteness() {
    Random random = new Random(20261130L);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      ids.add(String.format("c%03d", i));
    }
    Collections.shuffle(ids, random);
    CandidateScores.Builder builder = CandidateScores.builder(FAMILIES);
    for (String id : ids) {
      int[] scores = new int[FAMILIES.size()];
      double[] sems = new double[FAMILIES.size()];
      fill(random, scores, sems);
      builder.add(id, scores, sems);
    }
    CandidateScores scores = builder.build();
    // Equal weights make ties common; the role-like criteria weigh D zero but keep a minimum on it.
    Map<String, Double> equal = new LinkedHashMap<>();
    FAMILIES.forEach(f -> equal.put(f, 1.0));
    ReadinessCriteria first = ReadinessCriteria.of(WeightSet.of(equal), 550, Map.of("D", 520));
    Map<String, Double> other = new LinkedHashMap<>();
    other.put("A", 2.0);
    other.put("B", 1.0);
    other.put("C", 1.0);
    other.put("D", 0.0);
    ReadinessCriteria second = ReadinessCriteria.of(WeightSet.of(other), 560, Map.of("D", 520));
    RankingResult a = Ranking.rank(scores, first);
    RankingResult b = Ranking.rank(scores, second);
    RankAgreement agreement = RankAgreement.of(a, b);
    int tiedSteps = 0;
    for (int step = 0; step < 200; step++) {
      // Mostly a few rows, now and then more than the incremental count handles (and duplicates).
      int k = step % 25 == 24 ? 40 : 1 + random.nextInt(4);
      int[] rows = new int[k];
      int[][] rowScores = new int[k][FAMILIES.size()];
      double[][] rowSems = new double[k][FAMILIES.size()];
      for (int j = 0; j < k; j++) {
        rows[j] = random.nextInt(scores.size());
        fill(random, rowScores[j], rowSems[j]);
      }
      // withRows applies duplicates in order, the last one wins; rerank only needs the rows.
      scores = scores.withRows(rows, rowScores, rowSems);
      a = Ranking.rerank(a, scores, rows);
      b = Ranking.rerank(b, scores, rows);
      agreement = agreement.after(a, b, rows);

      RankingResult fullA = Ranking.rank(scores, first);
      RankingResult fullB = Ranking.rank(scores, second);
      assertSame(a, fullA, "step " + step + ", first criteria");
      assertSame(b, fullB, "step " + step + ", second criteria");
      ComparedRankings compared = ComparedRankings.of(fullA, fullB);
      assertThat(agreement.size()).as("step %d: n", step).isEqualTo(compared.size());
      assertThat(agreement.discordantPairs())
          .as("step %d: discordant pairs", step)
          .isEqualTo(KendallTau.between(compared.first(), compared.second()).discordantPairs());
      assertThat(agreement.coefficient()).as("step %d: τ", step).isEqualTo(compared.coefficient());
      assertThat(RankAgreement.of(fullA, fullB).discordantPairs())
          .isEqualTo(agreement.discordantPairs());
      if (hasTie(fullA)) {
        tiedSteps++;
      }
    }
    assertThat(tiedSteps).isEqualTo(200);
  }

  @Test
  void rejectsScoresOfOtherCandidatesOrOtherRows() {
    CandidateScores one =
        CandidateScores.builder(FAMILIES)
            .add("x", new int[] {500, 500, 500, 500}, new double[] {20, 20, 20, 20})
            .add("y", new int[] {600, 600, 600, 600}, new double[] {20, 20, 20, 20})
            .build();
    CandidateScores swapped =
        CandidateScores.builder(FAMILIES)
            .add("y", new int[] {600, 600, 600, 600}, new double[] {20, 20, 20, 20})
            .add("x", new int[] {500, 500, 500, 500}, new double[] {20, 20, 20, 20})
            .build();
    ReadinessCriteria criteria = ReadinessCriteria.of(WeightSet.of(Map.of("A", 1.0)), 550);
    RankingResult ranking = Ranking.rank(one, criteria);

    assertThatThrownBy(() -> Ranking.rerank(ranking, swapped, new int[] {0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same candidates in the same rows");
    assertThatThrownBy(() -> Ranking.rerank(ranking, one, new int[] {2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 2");
  }

  /** Same order, same figures (bit for bit: records compare doubles exactly), same row ranks. */
  private static void assertSame(RankingResult actual, RankingResult expected, String step) {
    assertThat(actual.all()).as(step).isEqualTo(expected.all());
    assertThat(actual.completeCount()).as(step).isEqualTo(expected.completeCount());
    for (int row = 0; row < expected.size(); row++) {
      assertThat(actual.rankOfRow(row))
          .as(step + ", row " + row)
          .isEqualTo(expected.rankOfRow(row));
    }
  }

  private static boolean hasTie(RankingResult ranking) {
    for (int r = 1; r < ranking.completeCount(); r++) {
      if (ranking.compositeAtRank(r) == ranking.compositeAtRank(r + 1)) {
        return true;
      }
    }
    return false;
  }

  /** About 10% missing per family, else one of three scores and one of two SEMs. */
  private static void fill(Random random, int[] scores, double[] sems) {
    for (int f = 0; f < scores.length; f++) {
      if (random.nextInt(10) == 0) {
        scores[f] = CandidateScores.MISSING;
        sems[f] = 0;
      } else {
        scores[f] = VALUES[random.nextInt(VALUES.length)];
        sems[f] = SEMS[random.nextInt(SEMS.length)];
      }
    }
    assertThat(Arrays.stream(scores).allMatch(s -> s == CandidateScores.MISSING || s >= 300))
        .isTrue();
  }
}
