package io.skillspassport.scoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Edge cases and hand-computed values of α; the published example is in the reference test. */
class KrippendorffAlphaTest {

  private static final double NA = Double.NaN;

  @Test
  void handComputedTwoRatersThreeUnits() {
    // Units (1,1), (1,2), (2,2): o11 = 2, o12 = o21 = 1, o22 = 2; n1 = n2 = 3, n = 6.
    // Nominal: alpha = 1 - (n-1)·(o12+o21) / (n1·n2 + n2·n1) = 1 - 5·2/18 = 4/9.
    Ratings ratings = Ratings.of(new double[][] {{1, 1}, {1, 2}, {2, 2}});
    assertThat(KrippendorffAlpha.of(ratings, Metric.NOMINAL).requireValue())
        .isCloseTo(4.0 / 9, within(1e-12));
    // Interval: values 1 apart, so delta² = 1 as in the nominal case.
    assertThat(KrippendorffAlpha.of(ratings, Metric.INTERVAL).requireValue())
        .isCloseTo(4.0 / 9, within(1e-12));
    // Ratio: delta² = (1/3)² for the pair (1,2), a common factor of D_o and D_e.
    assertThat(KrippendorffAlpha.of(ratings, Metric.RATIO).requireValue())
        .isCloseTo(4.0 / 9, within(1e-12));
    // Ordinal: delta²(1,2) = (n1 + n2 - (n1 + n2)/2)² = 9, again a common factor.
    assertThat(KrippendorffAlpha.of(ratings, Metric.ORDINAL).requireValue())
        .isCloseTo(4.0 / 9, within(1e-12));
  }

  @Test
  void perfectAgreementOnVaryingUnitsIsOne() {
    Ratings ratings = Ratings.of(new double[][] {{1, 1, NA}, {3, 3, 3}, {5, NA, 5}});
    for (Metric metric : Metric.values()) {
      assertThat(KrippendorffAlpha.of(ratings, metric).requireValue()).isEqualTo(1.0);
    }
  }

  @Test
  void undefinedWhenEveryRatingIsTheSame() {
    Alpha alpha =
        KrippendorffAlpha.of(Ratings.of(new double[][] {{4, 4}, {4, 4}}), Metric.INTERVAL);
    assertThat(alpha.isDefined()).isFalse();
    assertThat(alpha.undefinedBecause()).contains("same value");
    assertThatThrownBy(alpha::requireValue).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void undefinedWhenNoUnitHasTwoRatings() {
    Alpha alpha =
        KrippendorffAlpha.of(Ratings.of(new double[][] {{1, NA}, {NA, 2}}), Metric.NOMINAL);
    assertThat(alpha.isDefined()).isFalse();
    assertThat(alpha.pairableUnits()).isZero();
    assertThat(alpha.undefinedBecause()).contains("no unit has two ratings");
  }

  @Test
  void ratioIsUndefinedForNegativeValuesWhileTheOthersAreNot() {
    Ratings ratings = Ratings.of(new double[][] {{-1, -1}, {1, 2}, {2, 2}});
    assertThat(KrippendorffAlpha.of(ratings, Metric.RATIO).isDefined()).isFalse();
    assertThat(KrippendorffAlpha.of(ratings, Metric.INTERVAL).isDefined()).isTrue();
  }

  @Test
  void swappingRatersDoesNotChangeAlpha() {
    Ratings ratings = AgreementReferenceTest.load("krippendorff_2011.tsv");
    double[][] swapped = new double[ratings.units()][ratings.raters()];
    for (int u = 0; u < ratings.units(); u++) {
      for (int r = 0; r < ratings.raters(); r++) {
        swapped[u][r] = ratings.rating(u, ratings.raters() - 1 - r);
      }
    }
    for (Metric metric : Metric.values()) {
      assertThat(KrippendorffAlpha.of(Ratings.of(swapped), metric).requireValue())
          .isCloseTo(KrippendorffAlpha.of(ratings, metric).requireValue(), within(1e-12));
    }
  }

  @Test
  void systematicDisagreementIsNegative() {
    Ratings ratings = Ratings.of(new double[][] {{1, 5}, {5, 1}, {1, 5}, {5, 1}});
    assertThat(KrippendorffAlpha.of(ratings, Metric.INTERVAL).requireValue()).isNegative();
  }

  @Test
  void ratingsRejectFewerThanTwoRatersAndRaggedRows() {
    assertThatThrownBy(() -> Ratings.of(new double[][] {{1}, {2}}))
        .hasMessageContaining("at least two raters");
    assertThatThrownBy(() -> Ratings.of(new double[][] {{1, 2}, {2}}))
        .hasMessageContaining("unit 2 has 1 ratings");
    assertThatThrownBy(() -> Ratings.of(new double[][] {{1, Double.POSITIVE_INFINITY}}))
        .hasMessageContaining("Infinity");
  }
}
