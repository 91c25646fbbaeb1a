package io.skillspassport.scoring.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.scoring.testing.ReferenceForms;
import io.skillspassport.scoring.testing.ReferenceTable;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Test information, SEM and expected raw score against {@code lsat7_2pl_test_information.tsv}. */
class FormReferenceTest {

  private static final double TOLERANCE = 1e-5;

  static Stream<ReferenceTable.Row> thetas() {
    return ReferenceTable.load("lsat7_2pl_test_information.tsv").rows().stream();
  }

  @ParameterizedTest(name = "theta {0}")
  @MethodSource("thetas")
  void testInformationSemAndExpectedRawScoreMatchTheReference(ReferenceTable.Row row) {
    Form form = ReferenceForms.lsat7();
    double theta = row.number("theta");

    assertThat(form.information(theta)).isCloseTo(row.number("test_info"), within(TOLERANCE));
    assertThat(form.standardError(theta)).isCloseTo(row.number("sem"), within(TOLERANCE));
    assertThat(form.expectedRawScore(theta))
        .isCloseTo(row.number("expected_raw"), within(TOLERANCE));
  }
}
