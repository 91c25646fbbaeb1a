package io.skillspassport.scoring.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The value semantics of items and estimates: equal when every parameter is equal, different (also
 * in their hash codes) when any one differs, readable in messages; graded items expose copies of
 * their thresholds and convert the slope-intercept form by {@code b_k = −d_k/a}.
 */
class ValueObjectsTest {

  @Test
  void twoPlItemsAreEqualExactlyWhenIdAndParametersAre() {
    TwoPlItem item = TwoPlItem.of("q1", 1.2, -0.5);

    assertThat(item).isEqualTo(TwoPlItem.of("q1", 1.2, -0.5)).isNotEqualTo("q1");
    assertThat(item.hashCode()).isEqualTo(TwoPlItem.of("q1", 1.2, -0.5).hashCode());
    for (TwoPlItem other :
        new TwoPlItem[] {
          TwoPlItem.of("q2", 1.2, -0.5), TwoPlItem.of("q1", 1.3, -0.5), TwoPlItem.of("q1", 1.2, 0.5)
        }) {
      assertThat(item).isNotEqualTo(other);
      assertThat(item.hashCode()).isNotEqualTo(other.hashCode());
    }
    assertThat(item).hasToString("TwoPlItem[q1, a=1.2, b=-0.5]");
  }

  @Test
  void gradedItemsAreEqualExactlyWhenIdSlopeAndThresholdsAre() {
    GradedResponseItem item = GradedResponseItem.of("r1", 0.9, -1.0, 0.2, 1.4);

    assertThat(item)
        .isEqualTo(GradedResponseItem.of("r1", 0.9, -1.0, 0.2, 1.4))
        .isNotEqualTo(TwoPlItem.of("r1", 0.9, -1.0));
    assertThat(item.hashCode())
        .isEqualTo(GradedResponseItem.of("r1", 0.9, -1.0, 0.2, 1.4).hashCode());
    for (GradedResponseItem other :
        new GradedResponseItem[] {
          GradedResponseItem.of("r2", 0.9, -1.0, 0.2, 1.4),
          GradedResponseItem.of("r1", 1.9, -1.0, 0.2, 1.4),
          GradedResponseItem.of("r1", 0.9, -1.0, 0.3, 1.4)
        }) {
      assertThat(item).isNotEqualTo(other);
      assertThat(item.hashCode()).isNotEqualTo(other.hashCode());
    }
    assertThat(item).hasToString("GradedResponseItem[r1, a=0.9, b=[-1.0, 0.2, 1.4]]");
  }

  @Test
  void gradedThresholdsAreCopiesAndIndexedFromZero() {
    GradedResponseItem item = GradedResponseItem.of("r1", 0.9, -1.0, 0.2, 1.4);

    double[] copy = item.thresholds();
    copy[0] = 99;

    assertThat(item.thresholds()).containsExactly(-1.0, 0.2, 1.4);
    assertThat(item.thresholdCount()).isEqualTo(3);
    assertThat(item.threshold(0)).isEqualTo(-1.0);
    assertThat(item.threshold(2)).isEqualTo(1.4);
    assertThat(item.categoryCount()).isEqualTo(4);
    assertThatThrownBy(() -> item.threshold(3))
        .hasMessageContaining("0..2")
        .hasMessageContaining("3");
    assertThatThrownBy(() -> item.threshold(-1)).hasMessageContaining("-1");
  }

  @Test
  void slopeInterceptFormIsConvertedToThresholds() {
    // a = 2, d = (3, 1, -2) → b = (-1.5, -0.5, 1.0)
    GradedResponseItem item = GradedResponseItem.ofIntercepts("r", 2, 3, 1, -2);

    assertThat(item.thresholds()).containsExactly(-1.5, -0.5, 1.0);
    assertThat(item).isEqualTo(GradedResponseItem.of("r", 2, -1.5, -0.5, 1.0));
    assertThatThrownBy(() -> GradedResponseItem.ofIntercepts("r", 2, (double[]) null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GradedResponseItem.ofIntercepts("r", 2, 1, Double.NaN))
        .hasMessageContaining("intercept d2 of item 'r'");
  }

  @Test
  void estimatesAreEqualExactlyWhenMethodValuesAndReasonAre() {
    ThetaEstimate eap = ThetaEstimate.of(EstimationMethod.EAP, 0.25, 0.5);

    assertThat(eap.method()).isEqualTo(EstimationMethod.EAP);
    assertThat(eap).isEqualTo(ThetaEstimate.of(EstimationMethod.EAP, 0.25, 0.5)).isNotEqualTo(0.25);
    assertThat(eap.hashCode())
        .isEqualTo(ThetaEstimate.of(EstimationMethod.EAP, 0.25, 0.5).hashCode());
    for (ThetaEstimate other :
        new ThetaEstimate[] {
          ThetaEstimate.of(EstimationMethod.MAP, 0.25, 0.5),
          ThetaEstimate.of(EstimationMethod.EAP, 0.35, 0.5),
          ThetaEstimate.of(EstimationMethod.EAP, 0.25, 0.6),
          ThetaEstimate.undefined(EstimationMethod.EAP, ThetaEstimate.Reason.NO_RESPONSES)
        }) {
      assertThat(eap).isNotEqualTo(other);
      assertThat(eap.hashCode()).isNotEqualTo(other.hashCode());
    }
    assertThat(ThetaEstimate.undefined(EstimationMethod.MLE, ThetaEstimate.Reason.NO_RESPONSES))
        .isNotEqualTo(
            ThetaEstimate.undefined(
                EstimationMethod.MLE, ThetaEstimate.Reason.ALL_LOWEST_CATEGORY));
    assertThat(eap).hasToString("EAP[theta=0.25, se=0.5]");
  }

  @Test
  void aZeroStandardErrorIsAllowedAndANegativeOneIsNot() {
    assertThat(ThetaEstimate.of(EstimationMethod.MLE, 1, 0).requireStandardError())
        .isCloseTo(0, within(0.0));
    assertThatThrownBy(() -> ThetaEstimate.of(EstimationMethod.MLE, 1, -1e-12))
        .hasMessageContaining("-1.0E-12");
  }
}
