package io.skillspassport.scoring.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Replacing a few rows gives what building every row again gives, and leaves the original. */
class CandidateScoresWithRowsTest {

  static final List<String> FAMILIES = List.of("A", "B");

  static final int M = CandidateScores.MISSING;

  @Test
  void equalsARebuildWithTheNewRowsAndLeavesTheOriginalAlone() {
    CandidateScores original =
        CandidateScores.builder(FAMILIES)
            .add("ann", new int[] {600, 700}, new double[] {30, 31})
            .add("bob", new int[] {M, 500}, new double[] {0, 25})
            .add("cat", new int[] {640, M}, new double[] {28, 0})
            .build();

    CandidateScores patched =
        original.withRows(
            new int[] {2, 1}, new int[][] {{650, 810}, {M, M}}, new double[][] {{27, 26}, {9, 9}});

    CandidateScores rebuilt =
        CandidateScores.builder(FAMILIES)
            .add("ann", new int[] {600, 700}, new double[] {30, 31})
            .add("bob", new int[] {M, M}, new double[] {0, 0})
            .add("cat", new int[] {650, 810}, new double[] {27, 26})
            .build();
    for (int i = 0; i < 3; i++) {
      assertThat(patched.id(i)).isEqualTo(rebuilt.id(i));
      for (int f = 0; f < 2; f++) {
        assertThat(patched.score(i, f)).isEqualTo(rebuilt.score(i, f));
        assertThat(patched.sem(i, f)).isEqualTo(rebuilt.sem(i, f));
      }
    }
    assertThat(original.score(2, 0)).isEqualTo(640);
    assertThat(original.score(1, 1)).isEqualTo(500);
  }

  @Test
  void rejectsAScoreOffTheScaleNamingTheCandidate() {
    CandidateScores original =
        CandidateScores.builder(FAMILIES)
            .add("ann", new int[] {600, 700}, new double[] {30, 31})
            .build();

    assertThatThrownBy(
            () ->
                original.withRows(
                    new int[] {0}, new int[][] {{900, 700}}, new double[][] {{30, 31}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ann")
        .hasMessageContaining("900");
    assertThatThrownBy(
            () ->
                original.withRows(
                    new int[] {1}, new int[][] {{600, 700}}, new double[][] {{30, 31}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1");
  }
}
