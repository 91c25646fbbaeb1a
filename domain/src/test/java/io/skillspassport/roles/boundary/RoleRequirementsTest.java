package io.skillspassport.roles.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleRequirementsTest {

  @Test
  void readinessCriteriaAreThePublishedRelevancesNormalisedAndTheThreshold() {
    // Relevances 0.75 and 0.55 sum to 1.30: shares 0.75/1.30 = 0.576923… and 0.55/1.30 =
    // 0.423076…; threshold 650 as published.
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    weights.put("COGNITIVE_REASONING", new BigDecimal("0.75"));
    weights.put("COMMUNICATION", new BigDecimal("0.55"));
    var role = new RoleRequirements("r", 1, "R", 650, weights, List.of(), List.of());

    var criteria = role.readinessCriteria();

    assertThat(criteria.weights().families())
        .containsExactly("COGNITIVE_REASONING", "COMMUNICATION");
    assertThat(criteria.weights().normalisedWeight("COGNITIVE_REASONING"))
        .isCloseTo(0.75 / 1.30, within(1e-12));
    assertThat(criteria.weights().normalisedWeight("COMMUNICATION"))
        .isCloseTo(0.55 / 1.30, within(1e-12));
    assertThat(criteria.threshold()).isEqualTo(650.0);
    assertThat(criteria.minimums()).isEmpty();
  }
}
