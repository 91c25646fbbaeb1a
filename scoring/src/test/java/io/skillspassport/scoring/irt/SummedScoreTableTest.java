package io.skillspassport.scoring.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.scoring.testing.ReferenceForms;
import io.skillspassport.scoring.testing.ReferenceTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummedScoreTableTest {

  private static final double TOLERANCE = 1e-5;

  @Test
  void lsat7TableMatchesTheLordWingerskyReference() {
    SummedScoreTable table = SummedScoreTable.of(ReferenceForms.lsat7());
    List<ReferenceTable.Row> expected =
        ReferenceTable.load("lsat7_2pl_summed_score_eap.tsv").rows();

    assertThat(table.rows()).hasSize(expected.size());
    for (ReferenceTable.Row row : expected) {
      SummedScoreTable.Row actual = table.row(row.integer("raw"));
      assertThat(actual.probability()).isCloseTo(row.number("p_raw"), within(1e-6));
      assertThat(actual.eap()).isCloseTo(row.number("eap_sum"), within(TOLERANCE));
      assertThat(actual.posteriorSd()).isCloseTo(row.number("psd_sum"), within(TOLERANCE));
    }
  }

  @Test
  void scienceGradedTableMatchesTheLordWingerskyReference() {
    SummedScoreTable table = SummedScoreTable.of(ReferenceForms.science());
    List<ReferenceTable.Row> expected =
        ReferenceTable.load("science_grm_summed_score_eap.tsv").rows();

    assertThat(table.rows()).extracting(SummedScoreTable.Row::rawScore).startsWith(4).endsWith(16);
    for (ReferenceTable.Row row : expected) {
      SummedScoreTable.Row actual = table.row(row.integer("raw"));
      assertThat(actual.probability()).isCloseTo(row.number("p_raw"), within(1e-6));
      assertThat(actual.eap()).isCloseTo(row.number("eap_sum"), within(TOLERANCE));
      assertThat(actual.posteriorSd()).isCloseTo(row.number("psd_sum"), within(TOLERANCE));
    }
  }

  @Test
  void mixedFormTableEqualsBruteForceOverAllPatterns() {
    Form form =
        Form.of(
            TwoPlItem.of("q1", 1.2, -0.5),
            GradedResponseItem.of("r1", 0.9, -1.0, 0.2, 1.4),
            TwoPlItem.of("q2", 0.7, 0.8),
            GradedResponseItem.of("r2", 1.6, -0.3, 0.9));
    Quadrature quadrature = Quadrature.standard();
    SummedScoreTable table = SummedScoreTable.of(form, quadrature);

    int span = form.maxRawScore() - form.minRawScore() + 1;
    double[] mass = new double[span];
    double[] first = new double[span];
    double[] second = new double[span];
    for (int[] pattern : allPatterns(form)) {
      int raw = 0;
      for (int r : pattern) {
        raw += r;
      }
      for (int q = 0; q < quadrature.size(); q++) {
        double theta = quadrature.node(q);
        double likelihood = quadrature.weight(q);
        for (int i = 0; i < pattern.length; i++) {
          likelihood *= form.item(i).probability(pattern[i], theta);
        }
        int x = raw - form.minRawScore();
        mass[x] += likelihood;
        first[x] += likelihood * theta;
        second[x] += likelihood * theta * theta;
      }
    }
    for (int x = 0; x < span; x++) {
      SummedScoreTable.Row row = table.row(form.minRawScore() + x);
      double eap = first[x] / mass[x];
      assertThat(row.probability()).isCloseTo(mass[x], within(1e-12));
      assertThat(row.eap()).isCloseTo(eap, within(1e-10));
      assertThat(row.posteriorSd())
          .isCloseTo(Math.sqrt(second[x] / mass[x] - eap * eap), within(1e-8));
    }
  }

  @Test
  void probabilitiesOfAllRawScoresSumToOne() {
    double total =
        SummedScoreTable.of(ReferenceForms.science()).rows().stream()
            .mapToDouble(SummedScoreTable.Row::probability)
            .sum();

    assertThat(total).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void rejectsARawScoreOutsideTheTable() {
    SummedScoreTable table = SummedScoreTable.of(ReferenceForms.lsat7());

    assertThatThrownBy(() -> table.row(6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("6");
  }

  private static List<int[]> allPatterns(Form form) {
    List<int[]> patterns = new ArrayList<>();
    patterns.add(new int[0]);
    for (Item item : form.items()) {
      List<int[]> next = new ArrayList<>();
      for (int[] p : patterns) {
        for (int r = item.lowestResponse(); r <= item.highestResponse(); r++) {
          int[] q = java.util.Arrays.copyOf(p, p.length + 1);
          q[p.length] = r;
          next.add(q);
        }
      }
      patterns = next;
    }
    return patterns;
  }
}
