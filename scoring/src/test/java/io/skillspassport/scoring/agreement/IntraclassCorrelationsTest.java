package io.skillspassport.scoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Edge cases and invariants of the intraclass correlations. */
class IntraclassCorrelationsTest {

  @Test
  void rejectsMissingRatingsAndNamesHowMany() {
    Ratings ratings = Ratings.of(new double[][] {{1, Double.NaN}, {2, 3}});
    assertThatThrownBy(() -> IntraclassCorrelations.of(ratings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 rating(s) are missing");
  }

  @Test
  void rejectsASingleTarget() {
    assertThatThrownBy(() -> IntraclassCorrelations.of(Ratings.of(new double[][] {{1, 2}})))
        .hasMessageContaining("at least two units");
  }

  @Test
  void identicalRatersGiveOneEverywhere() {
    IntraclassCorrelations icc =
        IntraclassCorrelations.of(Ratings.of(new double[][] {{1, 1, 1}, {3, 3, 3}, {4, 4, 4}}));
    assertThat(icc.icc1()).isEqualTo(1.0);
    assertThat(icc.icc2()).isEqualTo(1.0);
    assertThat(icc.icc3()).isEqualTo(1.0);
    assertThat(icc.icc3k()).isEqualTo(1.0);
  }

  @Test
  void aConstantRaterOffsetKeepsConsistencyButLowersAbsoluteAgreement() {
    // Rater 2 is always 2 points above rater 1: ICC(3,1) (consistency) is 1, ICC(2,1) below 1.
    IntraclassCorrelations icc =
        IntraclassCorrelations.of(Ratings.of(new double[][] {{1, 3}, {2, 4}, {3, 5}, {4, 6}}));
    assertThat(icc.icc3()).isCloseTo(1.0, within(1e-12));
    assertThat(icc.icc2()).isLessThan(1.0);
    // By hand: BMS = 2·Σ(mean_i − 3.5)²/3 = 2·5/3, JMS = 4·(1² + 1²)/1 = 8, EMS = 0:
    // ICC(2,1) = BMS / (BMS + 2·JMS/4) = (10/3)/(10/3 + 4) = 10/22.
    assertThat(icc.icc2()).isCloseTo(10.0 / 22, within(1e-12));
  }

  @Test
  void everyRatingTheSameLeavesTheCoefficientsUndefined() {
    IntraclassCorrelations icc =
        IntraclassCorrelations.of(Ratings.of(new double[][] {{2, 2}, {2, 2}}));
    assertThat(icc.icc1()).isNaN();
    assertThat(icc.icc2k()).isNaN();
  }
}
