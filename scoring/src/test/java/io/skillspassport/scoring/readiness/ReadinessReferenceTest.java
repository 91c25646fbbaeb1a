package io.skillspassport.scoring.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.scoring.testing.ReferenceTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ML Research Scientist example: weights from {@code composite_inputs_assumed.tsv}, the
 * candidate's scores and SEMs from {@code composite_gap_analysis.tsv}, threshold 680.
 */
class ReadinessReferenceTest {

  private static final double TOLERANCE = 1e-6;

  private static WeightSet weights() {
    Map<String, Double> w = new LinkedHashMap<>();
    for (ReferenceTable.Row r : ReferenceTable.load("composite_inputs_assumed.tsv").rows()) {
      w.put(r.text("family"), r.number("raw_weight"));
    }
    return WeightSet.of(w);
  }

  private static Map<String, FamilyScore> passport() {
    Map<String, FamilyScore> p = new LinkedHashMap<>();
    for (ReferenceTable.Row r : ReferenceTable.load("composite_gap_analysis.tsv").rows()) {
      p.put(r.text("family"), FamilyScore.of(r.integer("score"), r.number("sem")));
    }
    return p;
  }

  private static ReadinessResult.Complete assess() {
    ReferenceTable.Row expected =
        ReferenceTable.load("composite_candidate_readiness.tsv").rows().get(0);
    return (ReadinessResult.Complete)
        Readiness.assess(passport(), ReadinessCriteria.of(weights(), expected.number("threshold")));
  }

  @Test
  void normalisedWeightsMatchTheReference() {
    WeightSet weights = weights();
    for (ReferenceTable.Row r : ReferenceTable.load("composite_inputs_assumed.tsv").rows()) {
      assertThat(weights.normalisedWeight(r.text("family")))
          .isCloseTo(r.number("normalised_weight"), within(TOLERANCE));
    }
  }

  @Test
  void compositeSemBandsAndProbabilityMatchTheReference() {
    ReferenceTable.Row expected =
        ReferenceTable.load("composite_candidate_readiness.tsv").rows().get(0);
    ReadinessResult.Complete result = assess();

    assertThat(result.composite()).isCloseTo(expected.number("composite"), within(TOLERANCE));
    assertThat(result.compositeRounded()).isEqualTo(expected.integer("composite_rounded"));
    assertThat(result.compositeSem())
        .isCloseTo(expected.number("composite_sem"), within(TOLERANCE));
    assertThat(result.band68().lower()).isCloseTo(expected.number("band68_lo"), within(TOLERANCE));
    assertThat(result.band68().upper()).isCloseTo(expected.number("band68_hi"), within(TOLERANCE));
    assertThat(result.band90().lower()).isCloseTo(expected.number("band90_lo"), within(TOLERANCE));
    assertThat(result.band90().upper()).isCloseTo(expected.number("band90_hi"), within(TOLERANCE));
    assertThat(result.band95().lower()).isCloseTo(expected.number("band95_lo"), within(TOLERANCE));
    assertThat(result.band95().upper()).isCloseTo(expected.number("band95_hi"), within(TOLERANCE));
    assertThat(result.z()).isCloseTo(expected.number("z"), within(TOLERANCE));
    assertThat(result.probabilityAtLeastThreshold())
        .isCloseTo(expected.number("p_true_at_or_above_threshold"), within(TOLERANCE));
    assertThat(result.verdict()).isEqualTo(Verdict.NOT_YET);
  }

  @Test
  void gapAnalysisMatchesTheReferenceRowByRowAndInOrder() {
    List<FamilyGap> gaps = GapAnalysis.of(assess());
    List<ReferenceTable.Row> expected = ReferenceTable.load("composite_gap_analysis.tsv").rows();

    assertThat(gaps)
        .extracting(FamilyGap::family)
        .containsExactlyElementsOf(expected.stream().map(r -> r.text("family")).toList());
    for (int i = 0; i < expected.size(); i++) {
      ReferenceTable.Row row = expected.get(i);
      FamilyGap gap = gaps.get(i);
      assertThat(gap.score()).isEqualTo(row.integer("score"));
      assertThat(gap.normalisedWeight())
          .isCloseTo(row.number("normalised_weight"), within(TOLERANCE));
      assertThat(gap.gainPerPoint())
          .isCloseTo(row.number("composite_gain_per_point"), within(TOLERANCE));
      assertThat(gap.probabilityGainPerPoint())
          .isCloseTo(row.number("dP_per_point"), within(TOLERANCE));
      assertThat(gap.headroom()).isEqualTo(row.integer("headroom_points"));
      assertThat(gap.maxCompositeGain())
          .isCloseTo(row.number("max_composite_gain"), within(TOLERANCE));
      assertThat(gap.pointsNeededAlone())
          .isCloseTo(row.number("points_needed_alone"), within(TOLERANCE));
      assertThat(gap.feasibleAlone()).isEqualTo(row.bool("feasible_alone"));
      assertThat(gap.gainPerFamilySd())
          .isCloseTo(row.number("composite_gain_per_family_sd"), within(TOLERANCE));
      assertThat(gap.weightedShortfall())
          .isCloseTo(row.number("weighted_shortfall_vs_threshold"), within(TOLERANCE));
    }
  }

  @Test
  void mosierReliabilityMatchesTheReferenceForNormalisedAndRawWeights() {
    List<ReferenceTable.Row> inputs = ReferenceTable.load("composite_inputs_assumed.tsv").rows();
    int n = inputs.size();
    double[] raw = new double[n];
    double[] normalised = new double[n];
    double[] sds = new double[n];
    double[] reliabilities = new double[n];
    double[][] correlations = new double[n][n];
    for (int i = 0; i < n; i++) {
      ReferenceTable.Row r = inputs.get(i);
      raw[i] = r.number("raw_weight");
      normalised[i] = weights().normalisedWeight(r.text("family"));
      sds[i] = r.number("sd");
      reliabilities[i] = r.number("reliability");
      for (int j = 0; j < n; j++) {
        correlations[i][j] = r.number("X" + (j + 1));
      }
    }
    ReferenceTable mosier = ReferenceTable.load("composite_mosier_reliability.tsv");

    assertMosier(
        CompositeReliability.mosier(normalised, sds, reliabilities, correlations),
        mosier.rowWhere("case", "ML_Research_Scientist_normalised_w"));
    assertMosier(
        CompositeReliability.mosier(raw, sds, reliabilities, correlations),
        mosier.rowWhere("case", "ML_Research_Scientist_raw_w"));
  }

  @Test
  void mosierReliabilityOfTwoUnitWeightedComponentsMatchesTheReference() {
    // Two components, SD 1, reliability 0.8, correlation 0.4 (the case the reference was built on).
    CompositeReliability r =
        CompositeReliability.mosier(
            new double[] {1, 1},
            new double[] {1, 1},
            new double[] {0.8, 0.8},
            new double[][] {{1, 0.4}, {0.4, 1}});

    assertMosier(
        r,
        ReferenceTable.load("composite_mosier_reliability.tsv")
            .rowWhere("case", "two_component_unit_weights"));
  }

  private static void assertMosier(CompositeReliability actual, ReferenceTable.Row expected) {
    assertThat(actual.reliability())
        .isCloseTo(expected.number("mosier_reliability"), within(TOLERANCE));
    assertThat(actual.compositeSd()).isCloseTo(expected.number("composite_sd"), within(TOLERANCE));
    assertThat(actual.compositeSem())
        .isCloseTo(expected.number("composite_sem"), within(TOLERANCE));
  }
}
