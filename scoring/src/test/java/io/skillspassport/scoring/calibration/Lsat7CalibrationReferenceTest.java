package io.skillspassport.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.scoring.testing.ReferenceTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LSAT section 7 (Bock &amp; Lieberman 1970, 32 patterns, N = 1000) calibrated and compared with R
 * ltm 1.2-0 ({@code lsat7_calibration_mml.tsv}). Tolerances from the reference README: Rasch and
 * 1PL parameters 2e-3; the 2PL surface is flat (other quadratures move a and b in the third
 * decimal), so 2PL parameters 1e-2 and its log-likelihood 0.02.
 */
class Lsat7CalibrationReferenceTest {

  static ResponseData lsat7() {
    List<String> items = List.of("Item.1", "Item.2", "Item.3", "Item.4", "Item.5");
    ResponseData.Builder b = ResponseData.builder(items);
    for (ReferenceTable.Row row : ReferenceTable.load("lsat7_patterns.tsv").rows()) {
      int[] r = new int[5];
      for (int i = 0; i < 5; i++) {
        r[i] = row.integer(items.get(i));
      }
      b.add(r, row.number("freq"));
    }
    return b.build();
  }

  private static void compare(Model model, double tolerance, double seTolerance, double llTol) {
    CalibrationResult result = Calibrator.of(model).calibrate(lsat7());
    List<ReferenceTable.Row> expected =
        ReferenceTable.load("lsat7_calibration_mml.tsv").rows().stream()
            .filter(r -> r.text("model").equals(model.label()))
            .toList();
    assertThat(expected).hasSize(5);
    for (int i = 0; i < 5; i++) {
      ReferenceTable.Row row = expected.get(i);
      CalibratedItem item = result.items().get(i);
      assertThat(item.item().id()).isEqualTo(row.text("item"));
      assertThat(item.item().discrimination()).isCloseTo(row.number("a"), within(tolerance));
      assertThat(item.item().threshold(0)).isCloseTo(row.number("b1"), within(tolerance));
      if (!row.isNa("se_a")) {
        assertThat(item.seA().orElseThrow()).isCloseTo(row.number("se_a"), within(seTolerance));
        assertThat(item.seB().get(0).orElseThrow())
            .isCloseTo(row.number("se_b1"), within(seTolerance));
      }
      assertThat(result.logLikelihood()).isCloseTo(row.number("loglik"), within(llTol));
    }
  }

  @Test
  void raschMatchesLtmWithinTwoThousandths() {
    compare(Model.RASCH, 2e-3, 0, 2e-3);
  }

  @Test
  void onePlMatchesLtmWithinTwoThousandths() {
    compare(Model.ONE_PL, 2e-3, 5e-4, 2e-3);
  }

  @Test
  void twoPlMatchesLtmsLogLikelihoodWithinTwoHundredths() {
    compare(Model.TWO_PL, 1e-2, 2e-3, 0.02);
  }

  @Test
  void twoPlItemFitMatchesMirtsSx2AndItsChiSquareTail() {
    CalibrationResult result = Calibrator.of(Model.TWO_PL).calibrate(lsat7());

    for (ReferenceTable.Row row : ReferenceTable.load("lsat7_2pl_sx2_mirt.tsv").rows()) {
      ItemFit fit = result.fitOf(row.text("item")).orElseThrow();
      assertThat(fit.sx2()).as(row.text("item")).isCloseTo(row.number("sx2"), within(1e-2));
      assertThat(fit.df()).isEqualTo(row.integer("df"));
      // Summed scores 1..4, none collapsed with N = 1000: 4 groups minus 2 parameters.
      assertThat(fit.groups()).isEqualTo(4);
      // For 2 degrees of freedom the chi-square tail is exactly exp(-x/2).
      assertThat(fit.p()).isCloseTo(Math.exp(-fit.sx2() / 2), within(1e-12));
    }
  }
}
