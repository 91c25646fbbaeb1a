package io.skillspassport.scoring.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.scoring.testing.ReferenceForms;
import io.skillspassport.scoring.testing.ReferenceTable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ThetaEstimatorsTest {

  private final Form mixed =
      Form.of(
          TwoPlItem.of("q1", 1.2, -0.5),
          GradedResponseItem.of("r1", 0.9, -1.0, 0.2, 1.4),
          TwoPlItem.of("q2", 0.7, 0.8),
          GradedResponseItem.of("r2", 1.6, -0.3, 0.9));

  @Test
  void mleIsUndefinedForAllLowestAndAllHighestGradedPatterns() {
    assertThat(ThetaEstimators.mle(mixed, ResponsePattern.of(0, 1, 0, 1)).undefinedReason())
        .contains(ThetaEstimate.Reason.ALL_LOWEST_CATEGORY);
    assertThat(ThetaEstimators.mle(mixed, ResponsePattern.of(1, 4, 1, 3)).undefinedReason())
        .contains(ThetaEstimate.Reason.ALL_HIGHEST_CATEGORY);
  }

  @Test
  void mleExistsWhenOneGradedResponseIsInAMiddleCategory() {
    ThetaEstimate mle = ThetaEstimators.mle(mixed, ResponsePattern.of(0, 2, 0, 1));

    // mixed_forms_theta.tsv, form mixed4, pattern 0201: SciPy brentq on l'(θ) = 0.
    assertThat(mle.requireTheta()).isCloseTo(-1.748664440, within(1e-8));
    assertThat(mle.requireStandardError()).isCloseTo(1.218121624, within(1e-8));
  }

  /**
   * Every estimator on the mixed 2PL + graded form against {@code mixed_forms_theta.tsv} (form
   * {@code mixed4}), computed in SciPy independently of this module: roots to 1e-14, EAP by
   * adaptive integration. Tolerance 1e-8 for the roots and their SEs, 1e-6 for EAP (the standard
   * grid).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("mixed4")
  void everyEstimatorMatchesTheIndependentReferenceOnAMixedForm(ReferenceTable.Row row) {
    ResponsePattern pattern = ResponsePattern.parse(row.text("pattern"));

    ThetaEstimate eap = ThetaEstimators.eap(mixed, pattern);
    ThetaEstimate map = ThetaEstimators.map(mixed, pattern);
    ThetaEstimate mle = ThetaEstimators.mle(mixed, pattern);
    ThetaEstimate wle = ThetaEstimators.wle(mixed, pattern);

    assertThat(eap.requireTheta()).isCloseTo(row.number("eap"), within(1e-6));
    assertThat(eap.requireStandardError()).isCloseTo(row.number("eap_psd"), within(1e-6));
    assertThat(map.requireTheta()).isCloseTo(row.number("map"), within(1e-8));
    assertThat(map.requireStandardError()).isCloseTo(row.number("map_se"), within(1e-8));
    assertThat(wle.requireTheta()).isCloseTo(row.number("wle"), within(1e-8));
    assertThat(wle.requireStandardError()).isCloseTo(row.number("wle_se"), within(1e-8));
    if (row.isNa("mle")) {
      assertThat(mle.isDefined()).isFalse();
    } else {
      assertThat(mle.requireTheta()).isCloseTo(row.number("mle"), within(1e-8));
      assertThat(mle.requireStandardError()).isCloseTo(row.number("mle_se"), within(1e-8));
    }
  }

  static Stream<ReferenceTable.Row> mixed4() {
    return ReferenceTable.load("mixed_forms_theta.tsv").rows().stream()
        .filter(r -> r.text("form").equals("mixed4"));
  }

  @Test
  void mleSolvesTheLikelihoodEquationOfAMixedForm() {
    ResponsePattern pattern = ResponsePattern.of(1, 3, 0, 2);
    double theta = ThetaEstimators.mle(mixed, pattern).requireTheta();

    assertThat(logLikelihoodDerivative(mixed, pattern, theta)).isCloseTo(0.0, within(1e-8));
  }

  @Test
  void mapSolvesThePosteriorModeEquationOfAMixedForm() {
    ResponsePattern pattern = ResponsePattern.of(1, 3, 0, 2);
    double theta = ThetaEstimators.map(mixed, pattern).requireTheta();

    assertThat(logLikelihoodDerivative(mixed, pattern, theta) - theta).isCloseTo(0.0, within(1e-8));
  }

  @Test
  void omittedResponsesAreLeftOutOfEveryEstimate() {
    Form full = ReferenceForms.lsat7();
    Form withoutThird = Form.of(full.item(0), full.item(1), full.item(3), full.item(4));
    ResponsePattern omitted = ResponsePattern.parse("10.01");
    ResponsePattern shorter = ResponsePattern.parse("1001");

    assertThat(ThetaEstimators.eap(full, omitted).requireTheta())
        .isCloseTo(ThetaEstimators.eap(withoutThird, shorter).requireTheta(), within(1e-12));
    assertThat(ThetaEstimators.map(full, omitted).requireTheta())
        .isCloseTo(ThetaEstimators.map(withoutThird, shorter).requireTheta(), within(1e-10));
    assertThat(ThetaEstimators.mle(full, omitted).requireTheta())
        .isCloseTo(ThetaEstimators.mle(withoutThird, shorter).requireTheta(), within(1e-10));
    assertThat(ThetaEstimators.wle(full, omitted).requireStandardError())
        .isCloseTo(
            ThetaEstimators.wle(withoutThird, shorter).requireStandardError(), within(1e-10));
  }

  @Test
  void anAllOmittedPatternGivesThePriorForEapAndMapAndNoMleOrWle() {
    Form form = ReferenceForms.lsat7();
    ResponsePattern none = ResponsePattern.parse(".....");

    assertThat(ThetaEstimators.eap(form, none).requireTheta()).isCloseTo(0.0, within(1e-12));
    assertThat(ThetaEstimators.eap(form, none).requireStandardError()).isCloseTo(1.0, within(1e-9));
    assertThat(ThetaEstimators.map(form, none).requireTheta()).isCloseTo(0.0, within(1e-12));
    assertThat(ThetaEstimators.map(form, none).requireStandardError())
        .isCloseTo(1.0, within(1e-12));
    assertThat(ThetaEstimators.mle(form, none).undefinedReason())
        .contains(ThetaEstimate.Reason.NO_RESPONSES);
    assertThat(ThetaEstimators.wle(form, none).undefinedReason())
        .contains(ThetaEstimate.Reason.NO_RESPONSES);
  }

  @Test
  void rejectsAPatternWhoseLengthDoesNotMatchTheForm() {
    assertThatThrownBy(
            () -> ThetaEstimators.mle(ReferenceForms.lsat7(), ResponsePattern.parse("0101")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'0101'")
        .hasMessageContaining("4 responses")
        .hasMessageContaining("5 items");
  }

  @Test
  void rejectsAResponseOutsideItsItemsCategories() {
    assertThatThrownBy(() -> ThetaEstimators.eap(mixed, ResponsePattern.of(1, 5, 0, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("response 5")
        .hasMessageContaining("'r1'");
    assertThatThrownBy(() -> ThetaEstimators.map(mixed, ResponsePattern.of(1, 0, 0, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("response 0");
  }

  @Test
  void undefinedEstimatesRefuseToHandOutANumber() {
    ThetaEstimate mle = ThetaEstimators.mle(ReferenceForms.lsat7(), ResponsePattern.parse("11111"));

    assertThat(mle.theta()).isEmpty();
    assertThatThrownBy(mle::requireTheta)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ALL_HIGHEST_CATEGORY");
  }

  private static double logLikelihoodDerivative(Form form, ResponsePattern pattern, double theta) {
    double h = 1e-6;
    return (logLikelihood(form, pattern, theta + h) - logLikelihood(form, pattern, theta - h))
        / (2 * h);
  }

  private static double logLikelihood(Form form, ResponsePattern pattern, double theta) {
    double sum = 0;
    for (int i = 0; i < form.size(); i++) {
      if (!pattern.isOmitted(i)) {
        sum += Math.log(form.item(i).probability(pattern.response(i), theta));
      }
    }
    return sum;
  }
}
