package io.skillspassport.methodology.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.testing.Database;
import io.skillspassport.testing.ShippedFamiliesAndRoles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The methodology page's facts through the real stores on a migrated H2 holding the shipped
 * families and the ML Research Scientist role. Every expected figure is worked from the product
 * brief's formulas outside the code under test, with Python 3.11.7 and SciPy 1.17.1 (decimal
 * arithmetic for the scale, {@code scipy.stats.norm} for Φ and Φ⁻¹(0.95)):
 *
 * <ul>
 *   <li>scale example θ = 0.82, SE = 0.34: S* = 575 + 75·0.82 = 636.5, reported 637 (half up), SEM
 *       = 75·0.34 = 25.5, band [floor(636.5 − 1.96·25.5), ceil(636.5 + 1.96·25.5)] = [586, 687];
 *   <li>readiness example θ = 1.1, 0.7, 0.5, 0.9, 0.2, 0.4 with SE 0.30, 0.38, 0.33, 0.28, 0.45,
 *       0.36 in display order: scores 658, 628, 613, 643, 590, 605 and SEMs 22.5, 28.5, 24.75, 21,
 *       33.75, 27; under the role's weights 0.75, 0.65, 0.65, 0.60, 0.55, 0.55 (Σ 3.75) and
 *       threshold 650: C = 624.853333…, SEM_C = 10.7019344046, band90 = C ∓ 1.6448536·SEM_C =
 *       [607.2502177, 642.4564490], P = Φ((C − 650)/SEM_C) = 0.00939349224, and C + 1.645·SEM_C =
 *       642.46 &lt; 650: Not yet.
 * </ul>
 */
class MethodologyTest {

  private static Database db;

  @BeforeAll
  static void shippedContent() {
    db = ShippedFamiliesAndRoles.database(MethodologyTest.class);
  }

  @Test
  void theScaleConstantsAndItsWorkedExampleAreThoseOfTheStandardScale() {
    MethodologyFacts facts = facts();

    assertThat(facts.center()).isEqualTo(575.0);
    assertThat(facts.slope()).isEqualTo(75.0);
    assertThat(facts.minimum()).isEqualTo(300);
    assertThat(facts.maximum()).isEqualTo(850);
    assertThat(facts.bandZ()).isEqualTo(1.96);
    assertThat(facts.decisionZ()).isEqualTo(1.645);
    MethodologyFacts.ScaleExample example = facts.example();
    assertThat(example.theta()).isEqualTo(0.82);
    assertThat(example.thetaSe()).isEqualTo(0.34);
    assertThat(example.unclamped()).isCloseTo(636.5, within(1e-9));
    assertThat(example.reported()).isEqualTo(637);
    assertThat(example.sem()).isCloseTo(25.5, within(1e-9));
    assertThat(example.low()).isEqualTo(586);
    assertThat(example.high()).isEqualTo(687);
  }

  @Test
  void theReadinessExampleIsTheIndependentlyComputedOneForTheShippedRole() {
    MethodologyFacts.ReadinessExample example = facts().readiness();

    assertThat(example.roleTitle()).isEqualTo("ML Research Scientist");
    assertThat(example.roleSlug()).isEqualTo("ml-research-scientist");
    assertThat(example.threshold()).isEqualTo(650);
    assertThat(example.rows())
        .extracting(MethodologyFacts.Row::family, MethodologyFacts.Row::score)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Cognitive Reasoning", 658),
            org.assertj.core.groups.Tuple.tuple("AI Output Evaluation", 628),
            org.assertj.core.groups.Tuple.tuple("Data Analysis", 613),
            org.assertj.core.groups.Tuple.tuple("Python Fundamentals", 643),
            org.assertj.core.groups.Tuple.tuple("AI-Collaboration Literacy", 590),
            org.assertj.core.groups.Tuple.tuple("Communication", 605));
    double[] weights = {0.75, 0.65, 0.65, 0.60, 0.55, 0.55};
    double[] sems = {22.5, 28.5, 24.75, 21.0, 33.75, 27.0};
    for (int i = 0; i < weights.length; i++) {
      MethodologyFacts.Row row = example.rows().get(i);
      assertThat(row.weight()).isCloseTo(weights[i], within(1e-12));
      assertThat(row.share()).isCloseTo(weights[i] / 3.75, within(1e-12));
      assertThat(row.sem()).isCloseTo(sems[i], within(1e-9));
    }
    assertThat(example.composite()).isCloseTo(624.8533333333, within(1e-6));
    assertThat(example.compositeSem()).isCloseTo(10.7019344046, within(1e-6));
    assertThat(example.band90Low()).isCloseTo(607.2502177126, within(1e-6));
    assertThat(example.band90High()).isCloseTo(642.4564489541, within(1e-6));
    assertThat(example.probability()).isCloseTo(0.00939349223821, within(1e-9));
    assertThat(example.verdict()).isEqualTo("NOT_YET");
  }

  private MethodologyFacts facts() {
    return db.inTransaction(
        em -> {
          Methodology methodology = new Methodology();
          methodology.roles = io.skillspassport.roles.boundary.TestRoles.of(em);
          methodology.families = io.skillspassport.assessments.boundary.TestFamilies.of(em);
          return methodology.facts();
        });
  }
}
