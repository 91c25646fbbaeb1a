package io.skillspassport.content.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The length cue of the multiple-choice banks: picking the longest option must not find the key
 * clearly more often than chance, and option length must not correlate with being the key
 * (|Spearman ρ| ≤ 0.15), and no other length rank (second longest, …, shortest) may find it clearly
 * more often than chance either. The graded Communication bank, rewritten for this, is held to
 * chance itself in {@link CommunicationBankTest}; the Python Fundamentals bank, whose options are
 * program outputs, is left out.
 *
 * <p>Reference values of ρ come from SciPy 1.17.1, {@code scipy.stats.spearmanr(x, y)} on the same
 * numbers (an implementation independent of {@link LengthCue}).
 */
class LengthCueTest {

  /** Bound on |ρ| between option length and option score: "near zero". */
  static final double MAX_ABS_RHO = 0.15;

  /**
   * The most items in which picking the longest option may find the best in a multiple-choice bank:
   * chance level Σ(1/kᵢ) plus 5% of the items. Five percentage points is about one standard error
   * of the share for a 64-item bank without any cue (√(0.25 · 0.75 / 64) ≈ 0.054), so a bank fails
   * only when the key is the longest clearly more often than chance.
   */
  static double maxBestIsLongest(LengthCue cue) {
    return (cue.chance() + 0.05) * cue.items() + 1e-9;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cognitive-reasoning.json",
        "ai-output-evaluation.json",
        "data-analysis.json",
        "ai-collaboration-literacy.json"
      })
  void theKeyIsNotGivenAwayByItsLength(String fileName) {
    LengthCue cue = LengthCue.of(BankFiles.read(fileName));

    assertThat(cue.bestIsLongest())
        .as(fileName + ": " + cue)
        .isLessThanOrEqualTo(maxBestIsLongest(cue));
    assertThat(Math.abs(cue.rho())).as(fileName + ": " + cue).isLessThanOrEqualTo(MAX_ABS_RHO);
    assertNoLengthRankGivesTheBestAway(fileName, cue);
  }

  /**
   * No length rank finds the best option clearly more often than chance: at each rank r at most
   * chance (Σ 1/kᵢ over items with at least r options) plus 5% of the items.
   */
  static void assertNoLengthRankGivesTheBestAway(String fileName, LengthCue cue) {
    for (LengthCue.RankCue rank : cue.byLengthRank()) {
      assertThat(rank.hits())
          .as(fileName + ", picking the option of length rank " + rank.rank() + ": " + cue)
          .isLessThanOrEqualTo(rank.chanceHits() + 0.05 * cue.items() + 1e-9);
    }
  }

  @Test
  void spearmanWithTiesMatchesScipy() {
    // scipy.stats.spearmanr([12,40,40,7,19,55,19,3], [1,4,2,3,1,4,2,3]).statistic
    assertThat(
            LengthCue.spearman(
                new double[] {12, 40, 40, 7, 19, 55, 19, 3}, new double[] {1, 4, 2, 3, 1, 4, 2, 3}))
        .isCloseTo(0.32101211891111664, offset(1e-12));
    // scipy.stats.spearmanr([30,12,55,12,41,8], [0,1,0,0,1,0]).statistic
    assertThat(
            LengthCue.spearman(
                new double[] {30, 12, 55, 12, 41, 8}, new double[] {0, 1, 0, 0, 1, 0}))
        .isCloseTo(0.10502100630210075, offset(1e-12));
  }

  @Test
  void midRanksShareTheRanksOfTies() {
    assertThat(LengthCue.midRanks(new double[] {5, 1, 5, 3, 5}))
        .containsExactly(4.0, 1.0, 4.0, 2.0, 4.0);
  }

  @Test
  void countsAnItemWhoseBestOptionIsOrTiesForTheLongest() {
    JsonObject bank =
        Json.createObjectBuilder()
            .add(
                "items",
                Json.createArrayBuilder()
                    .add(multipleChoice(0, "a longer key", "short", "tiny"))
                    .add(multipleChoice(2, "same", "size", "tied"))
                    .add(multipleChoice(1, "the longest distractor", "key", "other"))
                    .add(
                        Json.createObjectBuilder()
                            .add(
                                "options",
                                Json.createArrayBuilder()
                                    .add(graded("a rambling weak reply", 1))
                                    .add(graded("tight best", 4))
                                    .add(graded("ok", 3))
                                    .add(graded("meh", 2)))))
            .build();

    LengthCue cue = LengthCue.of(bank);

    assertThat(cue.items()).isEqualTo(4);
    // item 1: the key is the only longest (1); item 2: three options tie (1/3); item 3: 0; item 4:
    // 0
    assertThat(cue.bestIsLongest()).isCloseTo(1 + 1.0 / 3, offset(1e-12));
    assertThat(cue.chance()).isCloseTo((1.0 / 3 * 3 + 1.0 / 4) / 4, offset(1e-12));
    // by length rank: item 1 → rank 1; item 2 → 1/3 to each of ranks 1–3; item 3 (key "key",
    // shortest of three) → rank 3; item 4 (best "tight best", second longest) → rank 2
    assertThat(cue.byLengthRank())
        .extracting(LengthCue.RankCue::hits)
        .containsExactly(1 + 1.0 / 3, 1.0 / 3 + 1, 1.0 / 3 + 1, 0.0);
    assertThat(cue.byLengthRank())
        .extracting(LengthCue.RankCue::chanceHits)
        .containsExactly(1.25, 1.25, 1.25, 0.25);
  }

  @Test
  void aBankWhoseBestOptionIsAlwaysTheSecondLongestFailsTheRankBound() {
    var items = Json.createArrayBuilder();
    for (int i = 0; i < 8; i++) {
      items.add(
          multipleChoice(i % 4, rotate(i % 4, "second-longest", "longest option here", "x", "y")));
    }
    LengthCue cue = LengthCue.of(Json.createObjectBuilder().add("items", items).build());

    assertThat(cue.bestIsLongest()).isZero();
    assertThat(cue.byLengthRank().get(1).hits()).isCloseTo(8, offset(1e-12));
    assertThatThrownBy(() -> assertNoLengthRankGivesTheBestAway("synthetic", cue))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("length rank 2");
  }

  /** The options with {@code first} at position {@code at} and the others in order around it. */
  private static String[] rotate(int at, String first, String... others) {
    String[] options = new String[others.length + 1];
    for (int k = 0, o = 0; k < options.length; k++) {
      options[k] = k == at ? first : others[o++];
    }
    return options;
  }

  @Test
  void aBankWhoseKeysAreAlwaysLongestFailsTheBounds() {
    var items = Json.createArrayBuilder();
    for (int i = 0; i < 8; i++) {
      items.add(
          multipleChoice(
              i % 3,
              "x".repeat(i % 3 == 0 ? 30 : 5),
              "y".repeat(i % 3 == 1 ? 30 : 6),
              "z".repeat(i % 3 == 2 ? 30 : 7)));
    }
    LengthCue cue = LengthCue.of(Json.createObjectBuilder().add("items", items).build());

    assertThat(cue.bestIsLongest()).isEqualTo(8);
    assertThat(cue.bestIsLongest()).isGreaterThan(maxBestIsLongest(cue));
    assertThat(cue.rho()).isGreaterThan(MAX_ABS_RHO);
  }

  private static JsonObject multipleChoice(int correct, String... options) {
    var array = Json.createArrayBuilder();
    for (String option : options) {
      array.add(option);
    }
    return Json.createObjectBuilder().add("options", array).add("correct", correct).build();
  }

  private static JsonObject graded(String text, int category) {
    return Json.createObjectBuilder().add("text", text).add("category", category).build();
  }
}
