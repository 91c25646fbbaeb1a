package io.skillspassport.scoring.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.scoring.testing.ForAll;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Invariants of the readiness composite over random passports and weight sets (seeded). */
class ReadinessPropertiesTest {

  private static final List<String> FAMILIES = List.of("F1", "F2", "F3", "F4", "F5", "F6");

  /** A passport and weight set over the same six families, plus free parameters for a property. */
  record Case(
      int[] scores, double[] sems, double[] weights, int family, int raise, double x, double y) {

    static Case draw(SplittableRandom r) {
      int n = FAMILIES.size();
      int[] scores = new int[n];
      double[] sems = new double[n];
      double[] weights = new double[n];
      double total;
      do {
        total = 0;
        for (int i = 0; i < n; i++) {
          scores[i] = r.nextInt(300, 851);
          sems[i] = r.nextDouble(0, 90);
          // Some weights exactly 0, as an employer excluding a family would set them.
          weights[i] = r.nextInt(5) == 0 ? 0 : r.nextDouble();
          total += weights[i];
        }
      } while (total <= 1e-6);
      return new Case(
          scores,
          sems,
          weights,
          r.nextInt(n),
          r.nextInt(1, 101),
          r.nextDouble(300, 850),
          r.nextDouble(0, 200));
    }

    Map<String, FamilyScore> passport() {
      Map<String, FamilyScore> p = new LinkedHashMap<>();
      for (int i = 0; i < FAMILIES.size(); i++) {
        p.put(FAMILIES.get(i), FamilyScore.of(scores[i], sems[i]));
      }
      return p;
    }

    WeightSet weightSet(double factor) {
      Map<String, Double> w = new LinkedHashMap<>();
      for (int i = 0; i < FAMILIES.size(); i++) {
        w.put(FAMILIES.get(i), weights[i] * factor);
      }
      return WeightSet.of(w);
    }

    Case withScore(int i, int score) {
      int[] s = scores.clone();
      s[i] = score;
      return new Case(s, sems, weights, family, raise, x, y);
    }

    @Override
    public String toString() {
      return "scores "
          + Arrays.toString(scores)
          + ", sems "
          + Arrays.toString(sems)
          + ", weights "
          + Arrays.toString(weights)
          + ", family "
          + family
          + ", raise "
          + raise
          + ", x "
          + x
          + ", y "
          + y;
    }
  }

  private static ReadinessResult.Complete assess(Case c, WeightSet w, double threshold) {
    return (ReadinessResult.Complete)
        Readiness.assess(c.passport(), ReadinessCriteria.of(w, threshold));
  }

  @Test
  void compositeIsAlwaysOnTheScale() {
    ForAll.check(
        20261127L,
        Case::draw,
        c ->
            assertThat(assess(c, c.weightSet(1), 600).composite())
                .isBetween(300.0 - 1e-9, 850.0 + 1e-9));
  }

  @Test
  void compositeAndProbabilityNeverDecreaseWhenAWeightedScoreRises() {
    ForAll.check(
        20261128L,
        Case::draw,
        c -> {
          int higher = Math.min(850, c.scores()[c.family()] + c.raise());
          ReadinessResult.Complete before = assess(c, c.weightSet(1), c.x());
          ReadinessResult.Complete after =
              assess(c.withScore(c.family(), higher), c.weightSet(1), c.x());

          assertThat(after.composite()).isGreaterThanOrEqualTo(before.composite() - 1e-9);
          assertThat(after.probabilityAtLeastThreshold())
              .isGreaterThanOrEqualTo(before.probabilityAtLeastThreshold() - 1e-12);
          assertThat(after.verdict().ordinal()).isLessThanOrEqualTo(before.verdict().ordinal());
        });
  }

  @Test
  void resultIsUnchangedWhenAllWeightsAreMultipliedByAConstant() {
    ForAll.check(
        20261129L,
        Case::draw,
        c -> {
          double factor = 0.01 + c.y() * 5;
          ReadinessResult.Complete base = assess(c, c.weightSet(1), c.x());
          ReadinessResult.Complete scaled = assess(c, c.weightSet(factor), c.x());

          assertThat(scaled.composite()).isCloseTo(base.composite(), within(1e-9));
          assertThat(scaled.compositeSem()).isCloseTo(base.compositeSem(), within(1e-9));
          assertThat(scaled.probabilityAtLeastThreshold())
              .isCloseTo(base.probabilityAtLeastThreshold(), within(1e-9));
        });
  }

  @Test
  void probabilityOfClearingDecreasesAsTheThresholdRises() {
    ForAll.check(
        20261130L,
        Case::draw,
        c -> {
          double lower = c.x();
          double upper = Math.min(850, lower + c.y());

          assertThat(assess(c, c.weightSet(1), upper).probabilityAtLeastThreshold())
              .isLessThanOrEqualTo(assess(c, c.weightSet(1), lower).probabilityAtLeastThreshold());
        });
  }

  @Test
  void probabilityIsAboveOneHalfExactlyWhenTheCompositeExceedsTheThreshold() {
    ForAll.check(
        20261131L,
        Case::draw,
        c -> {
          ReadinessResult.Complete r = assess(c, c.weightSet(1), c.x());
          if (r.compositeSem() > 0 && Math.abs(r.composite() - c.x()) > 1e-9) {
            assertThat(r.probabilityAtLeastThreshold() > 0.5).isEqualTo(r.composite() > c.x());
          }
        });
  }
}
