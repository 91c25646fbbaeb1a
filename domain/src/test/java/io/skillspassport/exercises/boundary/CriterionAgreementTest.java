package io.skillspassport.exercises.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.exercises.entity.ExerciseRating;
import io.skillspassport.exercises.entity.Rubric;
import io.skillspassport.exercises.entity.RubricCriterion;
import io.skillspassport.exercises.entity.RubricVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Agreement as the employer page gets it: ratings stored as entities → candidates × raters table →
 * the scoring module. Krippendorff's (2011) worked example, entered as ratings of 12 candidates by
 * 4 interviewers (its values are 1–5, the rubric's levels), must give the published α.
 */
class CriterionAgreementTest {

  static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

  static final RubricCriterion CRITERION =
      new RubricCriterion("hypothesis", "Hypothesis", "", List.of("1", "2", "3", "4", "5"));

  static final RubricVersion RUBRIC =
      Rubric.portal("RESEARCH_DESIGN")
          .saveVersion(0, "Research design", "", List.of(CRITERION), "test", "test", NOW);

  /**
   * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the example with missing
   * values (also reference/agreement/krippendorff_2011.tsv): rows are units, columns observers A–D,
   * 0 = not rated.
   */
  static final int[][] KRIPPENDORFF = {
    {1, 1, 0, 1}, {2, 2, 3, 2}, {3, 3, 3, 3}, {3, 3, 3, 3}, {2, 2, 2, 2}, {1, 2, 3, 4},
    {4, 4, 4, 4}, {1, 1, 2, 1}, {2, 2, 2, 2}, {0, 5, 5, 5}, {0, 0, 1, 1}, {0, 3, 0, 0}
  };

  static List<ExerciseRating> ratings(int[][] table) {
    List<ExerciseRating> list = new ArrayList<>();
    for (int u = 0; u < table.length; u++) {
      for (int r = 0; r < table[u].length; r++) {
        if (table[u][r] > 0) {
          list.add(
              new ExerciseRating(
                  new ExerciseRating.Context(
                      "acme", 1, "RESEARCH_DESIGN", "candidate-" + u, "rater-" + r, "R" + r),
                  RUBRIC,
                  "hypothesis",
                  table[u][r],
                  "",
                  1,
                  NOW));
        }
      }
    }
    return list;
  }

  @Test
  void storedRatingsReproduceKrippendorffsPublishedAlpha() {
    ExerciseAgreement.CriterionAgreement a =
        ExerciseRatings.criterionAgreement(ratings(KRIPPENDORFF), CRITERION);

    // Published: ordinal 0.815, interval 0.849, nominal 0.743, ratio 0.797 (3 decimals).
    assertThat(a.alphaOrdinal().value()).isCloseTo(0.815, within(0.0005));
    assertThat(a.alphaInterval().value()).isCloseTo(0.849, within(0.0005));
    assertThat(a.alphaNominal().value()).isCloseTo(0.743, within(0.0005));
    assertThat(a.alphaRatio().value()).isCloseTo(0.797, within(0.0005));
    assertThat(a.pairableUnits()).isEqualTo(11);
    assertThat(a.complete()).isFalse();
    // 0.815 >= 0.800 on 11 candidates: Krippendorff's "rely on it" band.
    assertThat(a.reliance()).isEqualTo(Reliance.RELIABLE);
  }

  @Test
  void twoCandidatesAreTooFewToJudgeAndACompleteTableHasIntraclassCorrelations() {
    ExerciseAgreement.CriterionAgreement a =
        ExerciseRatings.criterionAgreement(ratings(new int[][] {{4, 3}, {2, 2}}), CRITERION);

    assertThat(a.pairableUnits()).isEqualTo(2);
    assertThat(a.reliance()).isEqualTo(Reliance.TOO_FEW);
    assertThat(a.warn()).isTrue();
    assertThat(a.complete()).isTrue();
    assertThat(a.intraclass())
        .extracting(ExerciseAgreement.Coefficient::name)
        .containsExactly("icc1", "icc2", "icc3", "icc1k", "icc2k", "icc3k");
  }

  @Test
  void oneRaterGivesNoAgreement() {
    ExerciseAgreement.CriterionAgreement a =
        ExerciseRatings.criterionAgreement(ratings(new int[][] {{4}, {2}}), CRITERION);

    assertThat(a.reliance()).isEqualTo(Reliance.UNDEFINED);
    assertThat(a.alphaOrdinal().defined()).isFalse();
    assertThat(a.alphaOrdinal().undefinedBecause()).contains("fewer than two interviewers");
  }

  @Test
  void lowAgreementOnEnoughCandidatesIsUnreliable() {
    int[][] scattered = {{1, 5}, {5, 1}, {2, 4}, {4, 2}, {3, 1}, {1, 3}};
    ExerciseAgreement.CriterionAgreement a =
        ExerciseRatings.criterionAgreement(ratings(scattered), CRITERION);

    assertThat(a.alphaOrdinal().value()).isLessThan(ExerciseRatings.TENTATIVE);
    assertThat(a.reliance()).isEqualTo(Reliance.UNRELIABLE);
  }
}
