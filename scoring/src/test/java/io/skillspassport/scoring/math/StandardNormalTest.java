package io.skillspassport.scoring.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class StandardNormalTest {

  @Test
  void cdfAgreesWithCommonsMathToWithin1e14() {
    NormalDistribution reference = new NormalDistribution(0, 1);
    for (double x = -40; x <= 40; x += 0.01) {
      assertThat(StandardNormal.cdf(x))
          .as("Phi(%s)", x)
          .isCloseTo(reference.cumulativeProbability(x), within(1e-14));
    }
  }

  @Test
  void cdfKeepsEightSignificantDigitsInTheLowerTail() {
    // Φ(-10) = 7.619853024160527e-24 (R pnorm(-10))
    assertThat(StandardNormal.cdf(-10)).isCloseTo(7.619853024160527e-24, within(7.62e-24 * 1e-8));
  }

  @Test
  void cdfOfTheExtremesIsZeroOrOneAndNanStaysNan() {
    assertThat(StandardNormal.cdf(Double.NEGATIVE_INFINITY)).isZero();
    assertThat(StandardNormal.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
    assertThat(StandardNormal.cdf(Double.NaN)).isNaN();
  }

  @Test
  void quantileInvertsTheCdf() {
    assertThat(StandardNormal.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-12));
    assertThat(StandardNormal.cdf(StandardNormal.quantile(0.3))).isCloseTo(0.3, within(1e-14));
  }

  @Test
  void quantileRejectsProbabilitiesOutsideTheOpenUnitInterval() {
    assertThatThrownBy(() -> StandardNormal.quantile(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.0");
  }
}
