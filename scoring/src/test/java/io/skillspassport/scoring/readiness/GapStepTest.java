package io.skillspassport.scoring.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The step a gap sentence talks about. Every expected value is worked by hand from the rule in
 * {@link GapStep}'s Javadoc; the tolerance 1e-12 is for the one multiplication {@code w̃·s}.
 */
class GapStepTest {

  @Test
  void aReachableTargetIsTheStepAndTheGainIsTheNormalisedWeightTimesIt() {
    // w̃ = 0.175, 40 points needed alone, headroom 250: s = 40, gain 0.175·40 = 7 ≥ SEM_C 5.
    GapStep step = GapStep.of(0.175, 40, true, 250, 5.0);

    assertThat(step.points()).isEqualTo(40);
    assertThat(step.compositeGain()).isCloseTo(7.0, within(1e-12));
    assertThat(step.reachesThreshold()).isTrue();
    assertThat(step.beyondScale()).isFalse();
    assertThat(step.withinCompositeNoise()).isFalse();
  }

  @Test
  void aNeedThatIsMathematicallyWholeIsNotRoundedUpByOne() {
    // T − C = 2.1 over w̃ = 0.3 is 7 exactly, but 2.1 / 0.3 evaluates to 7.000000000000001
    // (checked in Python 3: 2.1/0.3 == 7.000000000000001).
    double needed = 2.1 / 0.3;
    assertThat(needed).isGreaterThan(7.0);
    GapStep step = GapStep.of(0.3, needed, true, 250, 1.0);

    assertThat(step.points()).isEqualTo(7);
    assertThat(step.pointsNeededAlone()).isEqualTo(7);
  }

  @Test
  void aFractionalNeedIsRoundedUpToTheNextWholePoint() {
    // 12.3 points needed: 12 would fall short, so the step is 13; gain 0.5·13 = 6.5.
    GapStep step = GapStep.of(0.5, 12.3, true, 100, 1.0);

    assertThat(step.points()).isEqualTo(13);
    assertThat(step.compositeGain()).isCloseTo(6.5, within(1e-12));
  }

  @Test
  void aGainSmallerThanTheCompositeSemIsWithinTheNoise() {
    // w̃ = 0.1, s = 20: gain 2 < SEM_C 12.
    GapStep step = GapStep.of(0.1, 20, true, 250, 12.0);

    assertThat(step.compositeGain()).isCloseTo(2.0, within(1e-12));
    assertThat(step.withinCompositeNoise()).isTrue();
  }

  @Test
  void aTargetBeyondTheScaleUsesTheStandardStepAndKeepsTheNeedInWholePoints() {
    // 400 needed but only 850 − 700 = 150 left: s = min(50, 150) = 50, gain 0.2·50 = 10.
    GapStep step = GapStep.of(0.2, 399.2, false, 150, 5.0);

    assertThat(step.points()).isEqualTo(GapStep.STANDARD_STEP);
    assertThat(step.compositeGain()).isCloseTo(10.0, within(1e-12));
    assertThat(step.reachesThreshold()).isFalse();
    assertThat(step.beyondScale()).isTrue();
    assertThat(step.pointsNeededAlone()).isEqualTo(400);
    assertThat(step.headroom()).isEqualTo(150);
  }

  @Test
  void aCandidateAlreadyAtTheThresholdHearsAboutTheStandardStepOrWhatIsLeft() {
    assertThat(GapStep.of(0.2, 0, true, 150, 5.0).points()).isEqualTo(50);
    // 850 − 830 = 20 left: the step is 20.
    assertThat(GapStep.of(0.2, 0, true, 20, 5.0).points()).isEqualTo(20);
    assertThat(GapStep.of(0.2, 0, true, 20, 5.0).beyondScale()).isFalse();
  }

  @Test
  void aFamilyAtTheTopOfTheScaleHasNoStepAndNoNoiseFlag() {
    GapStep step = GapStep.of(0.2, 0, true, 0, 5.0);

    assertThat(step.atTop()).isTrue();
    assertThat(step.compositeGain()).isZero();
    assertThat(step.withinCompositeNoise()).isFalse();
  }

  @Test
  void fromAGapAnalysisTheStepUsesTheAnalysisNumbers() {
    // Two families, weights 3:1 → w̃ = 0.75 and 0.25; scores 600 and 700, SEM 30 each; T = 700.
    // C = 0.75·600 + 0.25·700 = 625, T − C = 75. A alone needs 75/0.75 = 100 ≤ 250 headroom;
    // B alone needs 75/0.25 = 300 > 150 headroom, so B's step is the standard 50 (gain 12.5).
    Map<String, Double> weights = new LinkedHashMap<>();
    weights.put("A", 3.0);
    weights.put("B", 1.0);
    ReadinessResult.Complete result =
        (ReadinessResult.Complete)
            Readiness.assess(
                Map.of("A", FamilyScore.of(600, 30), "B", FamilyScore.of(700, 30)),
                ReadinessCriteria.of(WeightSet.of(weights), 700));
    List<FamilyGap> gaps = GapAnalysis.of(result);
    FamilyGap a = gaps.stream().filter(g -> g.family().equals("A")).findFirst().orElseThrow();
    FamilyGap b = gaps.stream().filter(g -> g.family().equals("B")).findFirst().orElseThrow();

    GapStep stepA = GapStep.of(a, result.compositeSem());
    GapStep stepB = GapStep.of(b, result.compositeSem());

    assertThat(stepA.points()).isEqualTo(100);
    assertThat(stepA.compositeGain()).isCloseTo(75.0, within(1e-9));
    assertThat(stepA.reachesThreshold()).isTrue();
    assertThat(stepB.points()).isEqualTo(50);
    assertThat(stepB.compositeGain()).isCloseTo(12.5, within(1e-9));
    assertThat(stepB.beyondScale()).isTrue();
    assertThat(stepB.pointsNeededAlone()).isEqualTo(300);
  }
}
