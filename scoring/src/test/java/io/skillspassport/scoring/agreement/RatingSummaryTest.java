package io.skillspassport.scoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Mean and sample SD of a unit's ratings, computed by hand. */
class RatingSummaryTest {

  @Test
  void meanAndSampleStandardDeviationSkippingMissing() {
    // 2, 4, 4: mean 10/3; deviations -4/3, 2/3, 2/3; SS = 24/9; SD = sqrt(24/9 / 2) = sqrt(4/3).
    RatingSummary s = RatingSummary.of(2, Double.NaN, 4, 4);
    assertThat(s.count()).isEqualTo(3);
    assertThat(s.mean()).isCloseTo(10.0 / 3, within(1e-12));
    assertThat(s.standardDeviation()).isCloseTo(Math.sqrt(4.0 / 3), within(1e-12));
    assertThat(s.minimum()).isEqualTo(2);
    assertThat(s.maximum()).isEqualTo(4);
  }

  @Test
  void oneRatingHasNoSpreadAndNoneHasNoMean() {
    assertThat(RatingSummary.of(3).standardDeviation()).isNaN();
    assertThat(RatingSummary.of(3).mean()).isEqualTo(3);
    assertThat(RatingSummary.of().mean()).isNaN();
    assertThat(RatingSummary.of().count()).isZero();
  }
}
