package io.skillspassport.bundles.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CSV cells open in a spreadsheet as the text they are. Expected cells are written out by hand from
 * RFC 4180 (quote, double inner quotes) and the OWASP CSV-injection advice (apostrophe before a
 * leading formula trigger).
 */
class CsvCellsTest {

  @Test
  void quotesEveryCellEvenPlainOnes() {
    assertThat(CsvCells.line("rank", 1, "cara.candidate", "642.5"))
        .isEqualTo("\"rank\",\"1\",\"cara.candidate\",\"642.5\"\r\n");
  }

  @Test
  void keepsASemicolonFormulaInsideOneQuotedCell() {
    assertThat(CsvCells.cell("Q3;=cmd|'/C calc'!A0")).isEqualTo("\"Q3;=cmd|'/C calc'!A0\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=1+1",
        "+1",
        "-2+3",
        "@SUM(A1)",
        "\t=1",
        "\r=1",
        "\uFF1D1+1",
        "=HYPERLINK(\"http://x\")"
      })
  void neutralisesALeadingFormulaTrigger(String value) {
    assertThat(CsvCells.cell(value))
        .isEqualTo("\"'" + value.replace("\"", "\"\"") + "\"")
        .startsWith("\"'");
  }

  @Test
  void doublesQuotesAndKeepsLineBreaksInsideTheCell() {
    assertThat(CsvCells.cell("say \"hi\",\nthen go")).isEqualTo("\"say \"\"hi\"\",\nthen go\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-12", "642.5", "-0.25", "0"})
  void leavesNumbersAsNumbers(String number) {
    assertThat(CsvCells.cell(number)).isEqualTo("\"" + number + "\"");
  }

  @Test
  void keepsUnicodeAsTyped() {
    assertThat(CsvCells.cell("— é ’ ∑ 漢字 🙂")).isEqualTo("\"— é ’ ∑ 漢字 🙂\"");
  }

  @ParameterizedTest(name = "P = {0} → {1}")
  @CsvSource({
    "0, <1%",
    "0.004, <1%",
    "0.01, 1%",
    "0.4249, 42%",
    "0.425, 43%",
    "0.99, 99%",
    "0.9904, >99%",
    "1, >99%"
  })
  void probabilitiesAreCappedWholePercentagesAsOnThePages(double p, String shown) {
    assertThat(CsvCells.percent(p)).isEqualTo(shown);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"642.5, 643", "642.49, 642", "715.0, 715", "25.7, 26"})
  void scoresAndBandsAreWholePointsHalfUp(double value, String shown) {
    assertThat(CsvCells.points(value)).isEqualTo(shown);
  }

  @Test
  void anUndefinedFigureIsAnEmptyCell() {
    assertThat(CsvCells.percent(null)).isEmpty();
    assertThat(CsvCells.points(null)).isEmpty();
  }
}
