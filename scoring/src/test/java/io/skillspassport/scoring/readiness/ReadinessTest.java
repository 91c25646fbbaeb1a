package io.skillspassport.scoring.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadinessTest {

  private static Map<String, Double> weights(Object... familyWeight) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < familyWeight.length; i += 2) {
      m.put((String) familyWeight[i], ((Number) familyWeight[i + 1]).doubleValue());
    }
    return m;
  }

  @Test
  void aPassportMissingAWeightedFamilyIsIncompleteAndNamesIt() {
    WeightSet w = WeightSet.of(weights("A", 1, "B", 1, "C", 1));
    ReadinessResult result =
        Readiness.assess(
            Map.of("A", FamilyScore.of(700, 30), "C", FamilyScore.of(650, 30)),
            ReadinessCriteria.of(w, 600));

    assertThat(result).isInstanceOf(ReadinessResult.Incomplete.class);
    assertThat(result.verdict()).isEqualTo(Verdict.INCOMPLETE);
    assertThat(((ReadinessResult.Incomplete) result).missingFamilies()).containsExactly("B");
    assertThat(result.isReady()).isFalse();
  }

  @Test
  void aMissingFamilyWithWeightZeroDoesNotMakeThePassportIncomplete() {
    WeightSet w = WeightSet.of(weights("A", 1, "B", 0));
    ReadinessResult result =
        Readiness.assess(Map.of("A", FamilyScore.of(700, 30)), ReadinessCriteria.of(w, 600));

    assertThat(result).isInstanceOf(ReadinessResult.Complete.class);
    assertThat(((ReadinessResult.Complete) result).composite()).isEqualTo(700.0);
  }

  @Test
  void aMissingFamilyWithAMinimumMakesThePassportIncomplete() {
    WeightSet w = WeightSet.of(weights("A", 1, "B", 0));
    ReadinessResult result =
        Readiness.assess(
            Map.of("A", FamilyScore.of(700, 30)), ReadinessCriteria.of(w, 600, Map.of("B", 500)));

    assertThat(((ReadinessResult.Incomplete) result).missingFamilies()).containsExactly("B");
  }

  @Test
  void reportsWhichMinimumsFailed() {
    WeightSet w = WeightSet.of(weights("A", 1, "B", 1, "C", 1));
    ReadinessResult result =
        Readiness.assess(
            Map.of(
                "A", FamilyScore.of(800, 10),
                "B", FamilyScore.of(540, 10),
                "C", FamilyScore.of(800, 10)),
            ReadinessCriteria.of(w, 600, Map.of("A", 700, "B", 550)));

    assertThat(result.failedMinimums()).containsExactly(new FailedMinimum("B", 540, 550));
    assertThat(result.verdict()).isEqualTo(Verdict.READY);
    assertThat(result.isReady()).isFalse();
  }

  @Test
  void readyExactlyWhenTheLowerOneSidedBoundReachesTheThreshold() {
    WeightSet w = WeightSet.of(weights("A", 1));
    // C = 700, SEM_C = 20: C − 1.645·20 = 667.1
    ReadinessCriteria atBound = ReadinessCriteria.of(w, 667.1);
    ReadinessCriteria above = ReadinessCriteria.of(w, 667.2);
    Map<String, FamilyScore> passport = Map.of("A", FamilyScore.of(700, 20));

    assertThat(Readiness.assess(passport, atBound).verdict()).isEqualTo(Verdict.READY);
    assertThat(Readiness.assess(passport, above).verdict()).isEqualTo(Verdict.BORDERLINE);
  }

  @Test
  void notYetOnlyWhenTheUpperOneSidedBoundIsBelowTheThreshold() {
    WeightSet w = WeightSet.of(weights("A", 1));
    Map<String, FamilyScore> passport = Map.of("A", FamilyScore.of(600, 20));

    assertThat(Readiness.assess(passport, ReadinessCriteria.of(w, 632.9)).verdict())
        .isEqualTo(Verdict.BORDERLINE);
    assertThat(Readiness.assess(passport, ReadinessCriteria.of(w, 633)).verdict())
        .isEqualTo(Verdict.NOT_YET);
  }

  @Test
  void aCompositeWithoutMeasurementErrorIsTreatedAsExact() {
    WeightSet w = WeightSet.of(weights("A", 1));
    ReadinessResult.Complete result =
        (ReadinessResult.Complete)
            Readiness.assess(Map.of("A", FamilyScore.of(600, 0)), ReadinessCriteria.of(w, 600));

    assertThat(result.probabilityAtLeastThreshold()).isEqualTo(1.0);
    assertThat(result.verdict()).isEqualTo(Verdict.READY);
    assertThat(GapAnalysis.of(result).get(0).probabilityGainPerPoint()).isZero();
  }

  @Test
  void acceptsBigDecimalWeightsAndNormalisesThem() {
    Map<String, BigDecimal> w = new LinkedHashMap<>();
    w.put("A", new BigDecimal("0.75"));
    w.put("B", new BigDecimal("0.25"));
    WeightSet set = WeightSet.of(w);

    assertThat(set.normalisedWeight("A")).isCloseTo(0.75, within(1e-15));
    assertThat(set.families()).containsExactly("A", "B");
  }

  @Test
  void passportFamiliesOutsideTheWeightSetAreIgnored() {
    WeightSet w = WeightSet.of(weights("A", 1));
    ReadinessResult.Complete result =
        (ReadinessResult.Complete)
            Readiness.assess(
                Map.of("A", FamilyScore.of(610, 20), "Z", FamilyScore.of(300, 20)),
                ReadinessCriteria.of(w, 600));

    assertThat(result.composite()).isEqualTo(610.0);
    assertThat(result.contributions()).extracting(FamilyContribution::family).containsExactly("A");
  }

  @Test
  void gapAnalysisOfACandidateAboveTheThresholdNeedsNoPoints() {
    WeightSet w = WeightSet.of(weights("A", 1, "B", 3));
    ReadinessResult.Complete result =
        (ReadinessResult.Complete)
            Readiness.assess(
                Map.of("A", FamilyScore.of(700, 20), "B", FamilyScore.of(650, 25)),
                ReadinessCriteria.of(w, 600));

    List<FamilyGap> gaps = GapAnalysis.of(result);

    assertThat(gaps).allSatisfy(g -> assertThat(g.pointsNeededAlone()).isZero());
    assertThat(gaps).allSatisfy(g -> assertThat(g.feasibleAlone()).isTrue());
    // no shortfall anywhere: ties broken by weight, B (0.75) before A (0.25)
    assertThat(gaps).extracting(FamilyGap::family).containsExactly("B", "A");
  }

  @Test
  void gapAnalysisFlagsAGapSmallerThanTheFamilysMeasurementNoise() {
    WeightSet w = WeightSet.of(weights("A", 1, "B", 1));
    ReadinessResult.Complete result =
        (ReadinessResult.Complete)
            Readiness.assess(
                Map.of("A", FamilyScore.of(590, 30), "B", FamilyScore.of(600, 5)),
                ReadinessCriteria.of(w, 600));

    List<FamilyGap> gaps = GapAnalysis.of(result);

    // T − C = 5, w̃ = 0.5: 10 points needed alone, within A's SEM 30 but not B's SEM 5
    assertThat(gaps)
        .filteredOn(g -> g.family().equals("A"))
        .singleElement()
        .satisfies(g -> assertThat(g.withinMeasurementNoise()).isTrue());
    assertThat(gaps)
        .filteredOn(g -> g.family().equals("B"))
        .singleElement()
        .satisfies(g -> assertThat(g.withinMeasurementNoise()).isFalse());
  }

  @Test
  void rejectsNegativeWeightsNamingTheFamily() {
    assertThatThrownBy(() -> WeightSet.of(weights("A", 1, "B", -0.5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'B'")
        .hasMessageContaining("-0.5");
  }

  @Test
  void rejectsWeightsThatSumToZero() {
    assertThatThrownBy(() -> WeightSet.of(weights("A", 0, "B", 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zero");
  }

  @Test
  void rejectsNanAndInfiniteWeights() {
    assertThatThrownBy(() -> WeightSet.of(weights("A", Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> WeightSet.of(weights("A", Double.POSITIVE_INFINITY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Infinity");
  }

  @Test
  void rejectsAScoreOutsideTheScaleNamingFamilyAndValue() {
    WeightSet w = WeightSet.of(weights("A", 1));

    assertThatThrownBy(
            () ->
                Readiness.assess(
                    Map.of("A", FamilyScore.of(299, 20)), ReadinessCriteria.of(w, 600)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'A'")
        .hasMessageContaining("299");
    assertThatThrownBy(
            () ->
                Readiness.assess(
                    Map.of("A", FamilyScore.of(851, 20)), ReadinessCriteria.of(w, 600)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("851");
  }

  @Test
  void acceptsScoresAtBothEndsOfTheScale() {
    WeightSet w = WeightSet.of(weights("A", 1, "B", 1));
    ReadinessResult.Complete result =
        (ReadinessResult.Complete)
            Readiness.assess(
                Map.of("A", FamilyScore.of(300, 20), "B", FamilyScore.of(850, 20)),
                ReadinessCriteria.of(w, 575));

    assertThat(result.composite()).isEqualTo(575.0);
  }

  @Test
  void rejectsANanOrNegativeSem() {
    assertThatThrownBy(() -> FamilyScore.of(600, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> FamilyScore.of(600, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void rejectsAMinimumForAnUnknownFamily() {
    WeightSet w = WeightSet.of(weights("A", 1));

    assertThatThrownBy(() -> ReadinessCriteria.of(w, 600, Map.of("PYTHON", 500)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown family 'PYTHON'");
  }

  @Test
  void rejectsAnUnknownFamilyWhenAskingForItsWeight() {
    WeightSet w = WeightSet.of(weights("A", 1));

    assertThatThrownBy(() -> w.normalisedWeight("B"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown family 'B'");
  }

  @Test
  void rejectsAThresholdOffTheScale() {
    WeightSet w = WeightSet.of(weights("A", 1));

    assertThatThrownBy(() -> ReadinessCriteria.of(w, 900))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("900");
    assertThatThrownBy(() -> ReadinessCriteria.of(w, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
  }

  @Test
  void rejectsABlankFamilyInThePassport() {
    WeightSet w = WeightSet.of(weights("A", 1));

    assertThatThrownBy(
            () ->
                Readiness.assess(
                    Map.of("A", FamilyScore.of(600, 20), " ", FamilyScore.of(600, 20)),
                    ReadinessCriteria.of(w, 600)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("family");
  }

  @Test
  void mosierRejectsAnAsymmetricCorrelationMatrix() {
    assertThatThrownBy(
            () ->
                CompositeReliability.mosier(
                    new double[] {1, 1},
                    new double[] {1, 1},
                    new double[] {0.8, 0.8},
                    new double[][] {{1, 0.4}, {0.3, 1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.4")
        .hasMessageContaining("0.3");
  }

  @Test
  void probabilityGainPerPointIsTheDerivativeOfPClears() {
    WeightSet w = WeightSet.of(weights("A", 2, "B", 1));
    Map<String, FamilyScore> passport =
        Map.of("A", FamilyScore.of(640, 30), "B", FamilyScore.of(600, 40));
    ReadinessResult.Complete result =
        (ReadinessResult.Complete) Readiness.assess(passport, ReadinessCriteria.of(w, 650));
    double h = 1e-4;
    double sem = result.compositeSem();

    for (FamilyGap gap : GapAnalysis.of(result)) {
      double shifted = result.composite() + gap.normalisedWeight() * h;
      double numeric =
          (Readiness.probabilityAtLeast(shifted, sem, 650)
                  - Readiness.probabilityAtLeast(result.composite(), sem, 650))
              / h;
      assertThat(gap.probabilityGainPerPoint()).isCloseTo(numeric, within(1e-7));
    }
  }

  @Test
  void aCompositeThatIsMathematicallyHalfRoundsUp() {
    // 0.3/0.4·746 + 0.1/0.4·460 = 559.5 + 115 = 674.5 by hand → 675 (half up); the doubles give
    // 674.4999999999999, which plain floor(C + 0.5) turned into 674.
    WeightSet w = WeightSet.of(weights("A", 0.3, "B", 0.1));
    ReadinessResult.Complete result =
        (ReadinessResult.Complete)
            Readiness.assess(
                Map.of("A", FamilyScore.of(746, 20), "B", FamilyScore.of(460, 20)),
                ReadinessCriteria.of(w, 600));

    assertThat(result.composite()).isCloseTo(674.5, within(1e-9));
    assertThat(result.compositeRounded()).isEqualTo(675);
  }

  @Test
  void compositeBandsAreClippedToTheScaleLikeFamilyBands() {
    // C = 850, SEM_C = 45: the 95% band C ± 1.959964·45 = [761.80, 938.20] is clipped to 850.
    WeightSet w = WeightSet.of(weights("A", 1, "B", 1));
    ReadinessResult.Complete result =
        (ReadinessResult.Complete)
            Readiness.assess(
                Map.of(
                    "A",
                    FamilyScore.of(850, 45 * Math.sqrt(2)),
                    "B",
                    FamilyScore.of(850, 45 * Math.sqrt(2))),
                ReadinessCriteria.of(w, 600));

    assertThat(result.compositeSem()).isCloseTo(45, within(1e-9));
    assertThat(result.band95().upper()).isEqualTo(850.0);
    assertThat(result.band95().lower()).isCloseTo(850 - 1.959964 * 45, within(1e-4));
    assertThat(result.band68().upper()).isEqualTo(850.0);
    assertThat(result.band90().upper()).isEqualTo(850.0);

    ReadinessResult.Complete low =
        (ReadinessResult.Complete)
            Readiness.assess(
                Map.of(
                    "A",
                    FamilyScore.of(300, 45 * Math.sqrt(2)),
                    "B",
                    FamilyScore.of(300, 45 * Math.sqrt(2))),
                ReadinessCriteria.of(w, 600));
    assertThat(low.band95().lower()).isEqualTo(300.0);
    assertThat(low.band95().upper()).isCloseTo(300 + 1.959964 * 45, within(1e-4));
  }
}
