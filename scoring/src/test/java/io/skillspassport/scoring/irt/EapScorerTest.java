package io.skillspassport.scoring.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.scoring.testing.ReferenceForms;
import io.skillspassport.scoring.testing.ReferenceTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EapScorerTest {

  @Test
  void gaussHermiteAndTheStandardGridAgreeOnEveryLsatPattern() {
    Form form = ReferenceForms.lsat7();
    EapScorer grid = EapScorer.of(form);
    EapScorer hermite = EapScorer.of(form, Quadrature.gaussHermite(61));
    for (int bits = 0; bits < 32; bits++) {
      int[] r = new int[5];
      for (int i = 0; i < 5; i++) {
        r[i] = (bits >> (4 - i)) & 1;
      }
      ResponsePattern pattern = ResponsePattern.of(r);

      assertThat(hermite.score(pattern).requireTheta())
          .isCloseTo(grid.score(pattern).requireTheta(), within(1e-8));
      assertThat(hermite.score(pattern).requireStandardError())
          .isCloseTo(grid.score(pattern).requireStandardError(), within(1e-8));
    }
  }

  @Test
  void aLongSteepTestIsScoredWithoutUnderflowAndAgreesWithAFinerGrid() {
    Random random = new Random(20261127);
    List<Item> items = new ArrayList<>();
    int[] responses = new int[200];
    for (int i = 0; i < 200; i++) {
      items.add(TwoPlItem.of("i" + i, 2.5 + random.nextDouble(), random.nextGaussian()));
      responses[i] = random.nextDouble() < 0.6 ? 1 : 0;
    }
    Form form = Form.of(items);
    ThetaEstimate standard = EapScorer.of(form).score(ResponsePattern.of(responses));
    ThetaEstimate fine =
        EapScorer.of(form, Quadrature.grid(-8, 8, 3201)).score(ResponsePattern.of(responses));

    assertThat(standard.requireTheta()).isCloseTo(fine.requireTheta(), within(1e-6));
    assertThat(standard.requireStandardError())
        .isCloseTo(fine.requireStandardError(), within(1e-6));
  }

  /**
   * A mixed 2PL + graded answer sheet against {@code mixed_forms_theta.tsv} (form {@code eap3}):
   * exact EAP and posterior SD by adaptive integration in SciPy, written independently of this
   * module; tolerance 1e-6 (the standard 321-node grid is accurate to 1e-9 here).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("eap3")
  void scoresAMixedAnswerSheetOfTwoPlAndGradedItems(ReferenceTable.Row row) {
    Form form =
        Form.of(
            TwoPlItem.of("py1", 1.1, -0.2),
            TwoPlItem.of("py2", 0.8, 0.6),
            GradedResponseItem.of("com1", 1.3, -1.0, 0.0, 1.2));

    ThetaEstimate eap = EapScorer.of(form).score(ResponsePattern.parse(row.text("pattern")));

    assertThat(eap.requireTheta()).isCloseTo(row.number("eap"), within(1e-6));
    assertThat(eap.requireStandardError()).isCloseTo(row.number("eap_psd"), within(1e-6));
  }

  static Stream<ReferenceTable.Row> eap3() {
    return ReferenceTable.load("mixed_forms_theta.tsv").rows().stream()
        .filter(r -> r.text("form").equals("eap3"));
  }

  @Test
  void rejectsAPatternThatDoesNotFitTheForm() {
    EapScorer scorer = EapScorer.of(ReferenceForms.lsat7());

    assertThatThrownBy(() -> scorer.score(ResponsePattern.parse("012010")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'012010'");
    assertThatThrownBy(() -> scorer.score(ResponsePattern.parse("01201")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("response 2");
  }

  @Test
  void rejectsABadQuadrature() {
    assertThatThrownBy(() -> Quadrature.grid(1, -1, 41))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> Quadrature.gaussHermite(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1");
  }
}
