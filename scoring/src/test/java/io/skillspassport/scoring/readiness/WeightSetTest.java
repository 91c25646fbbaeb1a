package io.skillspassport.scoring.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A weight set's accessors and value semantics, with the normalised weights worked out by hand:
 * 0.75, 0.65, 0.6 sum to 2.0, so w̃ = 0.375, 0.325, 0.3.
 */
class WeightSetTest {

  private static WeightSet of(double a, double b, double c) {
    Map<String, Double> w = new LinkedHashMap<>();
    w.put("COG", a);
    w.put("AIE", b);
    w.put("PY", c);
    return WeightSet.of(w);
  }

  @Test
  void keepsRawAndNormalisedWeightsInOrder() {
    WeightSet set = of(0.75, 0.65, 0.6);

    assertThat(set.weight("AIE")).isEqualTo(0.65);
    assertThat(set.normalisedWeight("AIE")).isCloseTo(0.325, within(1e-15));
    assertThat(set.normalisedWeight(2)).isCloseTo(0.3, within(1e-15));
    assertThat(set.family(0)).isEqualTo("COG");
    assertThat(set.normalised().keySet()).containsExactly("COG", "AIE", "PY");
    assertThat(set.normalised().get("COG")).isCloseTo(0.375, within(1e-15));
    assertThat(set.normalised().get("PY")).isCloseTo(0.3, within(1e-15));
    assertThatThrownBy(() -> set.normalised().put("X", 1.0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> set.weight("DATA")).hasMessageContaining("DATA");
  }

  @Test
  void setsAreEqualExactlyWhenFamiliesAndRawWeightsAre() {
    WeightSet set = of(0.75, 0.65, 0.6);

    assertThat(set).isEqualTo(of(0.75, 0.65, 0.6)).isNotEqualTo(set.normalised());
    assertThat(set.hashCode()).isEqualTo(of(0.75, 0.65, 0.6).hashCode());
    // the same proportions are a different configuration: the raw weights are what was published
    WeightSet doubled = of(1.5, 1.3, 1.2);
    assertThat(set).isNotEqualTo(doubled);
    assertThat(set.hashCode()).isNotEqualTo(doubled.hashCode());
    Map<String, Double> renamed = new LinkedHashMap<>();
    renamed.put("COG", 0.75);
    renamed.put("AIE", 0.65);
    renamed.put("DATA", 0.6);
    assertThat(set).isNotEqualTo(WeightSet.of(renamed));
    assertThat(set.hashCode()).isNotEqualTo(WeightSet.of(renamed).hashCode());
    assertThat(set).hasToString("WeightSet{COG=0.75, AIE=0.65, PY=0.6}");
  }
}
