package io.skillspassport.scoring.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.scoring.testing.ReferenceForms;
import io.skillspassport.scoring.testing.ReferenceTable;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every LSAT-7 response pattern against {@code lsat7_2pl_theta_by_pattern.tsv} (exact values from
 * adaptive integration and root finding in R, rel.tol 1e-12), tolerance 1e-5 on θ and SE.
 */
class ThetaEstimatorsReferenceTest {

  private static final double THETA_TOLERANCE = 1e-5;

  static Stream<ReferenceTable.Row> patterns() {
    return ReferenceTable.load("lsat7_2pl_theta_by_pattern.tsv").rows().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void eapAndPosteriorSdMatchTheExactReference(ReferenceTable.Row row) {
    ThetaEstimate eap = EapScorer.of(ReferenceForms.lsat7()).score(pattern(row));

    assertThat(eap.requireTheta()).isCloseTo(row.number("eap"), within(THETA_TOLERANCE));
    assertThat(eap.requireStandardError())
        .isCloseTo(row.number("eap_psd"), within(THETA_TOLERANCE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void mapAndItsStandardErrorMatchTheExactReference(ReferenceTable.Row row) {
    ThetaEstimate map = ThetaEstimators.map(ReferenceForms.lsat7(), pattern(row));

    assertThat(map.requireTheta()).isCloseTo(row.number("map"), within(THETA_TOLERANCE));
    assertThat(map.requireStandardError()).isCloseTo(row.number("map_se"), within(THETA_TOLERANCE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void mleMatchesTheExactReferenceOrIsUndefinedWhereItIsNa(ReferenceTable.Row row) {
    ThetaEstimate mle = ThetaEstimators.mle(ReferenceForms.lsat7(), pattern(row));

    if (row.isNa("mle")) {
      assertThat(mle.isDefined()).isFalse();
      assertThat(mle.theta()).isEmpty();
      assertThat(mle.standardError()).isEmpty();
    } else {
      assertThat(mle.theta().getAsDouble()).isCloseTo(row.number("mle"), within(THETA_TOLERANCE));
      assertThat(mle.standardError().getAsDouble())
          .isCloseTo(row.number("mle_se"), within(THETA_TOLERANCE));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void wleAndItsStandardErrorMatchTheExactReference(ReferenceTable.Row row) {
    ThetaEstimate wle = ThetaEstimators.wle(ReferenceForms.lsat7(), pattern(row));

    assertThat(wle.theta().getAsDouble()).isCloseTo(row.number("wle"), within(THETA_TOLERANCE));
    assertThat(wle.standardError().getAsDouble())
        .isCloseTo(row.number("wle_se"), within(THETA_TOLERANCE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void rawScoreIsTheNumberOfRightAnswers(ReferenceTable.Row row) {
    assertThat(ReferenceForms.lsat7().rawScore(pattern(row))).isEqualTo(row.integer("raw"));
  }

  private static ResponsePattern pattern(ReferenceTable.Row row) {
    return ResponsePattern.parse(row.text("pattern"));
  }
}
