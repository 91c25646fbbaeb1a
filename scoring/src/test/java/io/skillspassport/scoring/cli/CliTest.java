package io.skillspassport.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.scoring.testing.ReferenceTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract, run in-process with captured streams. */
class CliTest {

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {
    List<String[]> rows() {
      return out.lines().map(l -> l.split("\t", -1)).toList();
    }
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Cli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String resource(String name) {
    try {
      return Path.of(CliTest.class.getResource("/cli/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String write(Path dir, String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file.toString();
  }

  @Test
  void thetaPrintsTheContractHeaderAndMatchesTheLsatReference() {
    Run run =
        run(
            "theta",
            "--items",
            resource("lsat7_items.tsv"),
            "--patterns",
            resource("lsat7_patterns.tsv"));
    List<ReferenceTable.Row> expected =
        ReferenceTable.load("lsat7_2pl_theta_by_pattern.tsv").rows();

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines().findFirst())
        .contains("pattern\teap\teap_psd\tmap\tmap_se\tmle\tmle_se\twle\twle_se");
    List<String[]> rows = run.rows();
    assertThat(rows).hasSize(expected.size() + 1);
    String[] columns = rows.get(0);
    for (int i = 0; i < expected.size(); i++) {
      String[] actual = rows.get(i + 1);
      ReferenceTable.Row row = expected.get(i);
      assertThat(actual[0]).isEqualTo(row.text("pattern"));
      for (int c = 1; c < columns.length; c++) {
        if (row.isNa(columns[c])) {
          assertThat(actual[c]).as(columns[c]).isEqualTo("NA");
        } else {
          assertThat(actual[c]).as(columns[c]).matches("-?\\d+\\.\\d{6}");
          assertThat(Double.parseDouble(actual[c]))
              .as("%s of %s", columns[c], row.text("pattern"))
              .isCloseTo(row.number(columns[c]), within(1e-5));
        }
      }
    }
  }

  @Test
  void thetaAcceptsOmittedResponses(@TempDir Path dir) throws IOException {
    String patterns = write(dir, "p.tsv", "pattern\n1.1.1\n.....\n");

    Run run = run("theta", "--items", resource("lsat7_items.tsv"), "--patterns", patterns);

    assertThat(run.status()).isZero();
    assertThat(run.rows().get(2))
        .containsExactly(
            ".....", "0.000000", "1.000000", "0.000000", "1.000000", "NA", "NA", "NA", "NA");
  }

  @Test
  void tablePrintsRawToScaleRowsForTheLsatForm() {
    Run run = run("table", "--items", resource("lsat7_items.tsv"));
    List<ReferenceTable.Row> expected =
        ReferenceTable.load("lsat7_2pl_summed_score_eap.tsv").rows();

    assertThat(run.status()).isZero();
    List<String[]> rows = run.rows();
    assertThat(rows.get(0))
        .containsExactly("raw", "eap", "eap_psd", "scaled", "sem", "band95_lo", "band95_hi");
    assertThat(rows).hasSize(7);
    for (int i = 0; i < expected.size(); i++) {
      String[] r = rows.get(i + 1);
      double eap = expected.get(i).number("eap_sum");
      double psd = expected.get(i).number("psd_sum");
      assertThat(r[0]).isEqualTo(expected.get(i).text("raw"));
      assertThat(Double.parseDouble(r[1])).isCloseTo(eap, within(1e-5));
      assertThat(Double.parseDouble(r[2])).isCloseTo(psd, within(1e-5));
      assertThat(r[3]).isEqualTo(String.valueOf((int) Math.floor(575 + 75 * eap + 0.5)));
      assertThat(Double.parseDouble(r[4])).isCloseTo(75 * psd, within(1e-3));
      assertThat(r[5])
          .isEqualTo(String.valueOf((int) Math.floor(575 + 75 * eap - 1.96 * 75 * psd)));
      assertThat(r[6]).isEqualTo(String.valueOf((int) Math.ceil(575 + 75 * eap + 1.96 * 75 * psd)));
    }
  }

  @Test
  void tableHandlesGradedItemsWithRawScoresFromTheNumberOfItems() {
    Run run = run("table", "--items", resource("science_items.tsv"));
    List<ReferenceTable.Row> expected =
        ReferenceTable.load("science_grm_summed_score_eap.tsv").rows();

    assertThat(run.status()).isZero();
    List<String[]> rows = run.rows();
    assertThat(rows).hasSize(expected.size() + 1);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(rows.get(i + 1)[0]).isEqualTo(expected.get(i).text("raw"));
      assertThat(Double.parseDouble(rows.get(i + 1)[1]))
          .isCloseTo(expected.get(i).number("eap_sum"), within(1e-5));
    }
  }

  @Test
  void equateSupportsMeanLinearAndEquipercentile() {
    List<ReferenceTable.Row> expected = ReferenceTable.load("actmath_equating_x_to_y.tsv").rows();
    String[][] methods = {
      {"mean", "mean_yx"},
      {"linear", "linear_yx_N_denominator"},
      {"equipercentile", "equipercentile_yx"}
    };
    for (String[] method : methods) {
      Run run =
          run(
              "equate",
              "--x",
              resource("actmath_x.tsv"),
              "--y",
              resource("actmath_y.tsv"),
              "--method",
              method[0]);

      assertThat(run.status()).as(method[0]).isZero();
      List<String[]> rows = run.rows();
      assertThat(rows.get(0)).containsExactly("x", "ey");
      assertThat(rows).hasSize(42);
      for (int x = 1; x <= 40; x++) {
        assertThat(rows.get(x + 1)[0]).isEqualTo(String.valueOf(x));
        assertThat(Double.parseDouble(rows.get(x + 1)[1]))
            .as("%s at x = %d", method[0], x)
            .isCloseTo(expected.get(x).number(method[1]), within(1e-4));
      }
    }
  }

  @Test
  void aResponseOutsideTheItemsCategoriesExitsWithTwoNamingFileRowAndValue(@TempDir Path dir)
      throws IOException {
    String patterns = write(dir, "bad-patterns.tsv", "# comment\npattern\n01010\n01210\n");

    Run run = run("theta", "--items", resource("lsat7_items.tsv"), "--patterns", patterns);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains("bad-patterns.tsv").contains("line 4").contains("response 2");
  }

  @Test
  void aPatternOfTheWrongLengthExitsWithTwo(@TempDir Path dir) throws IOException {
    String patterns = write(dir, "short.tsv", "pattern\n0101\n");

    Run run = run("theta", "--items", resource("lsat7_items.tsv"), "--patterns", patterns);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("short.tsv").contains("line 2").contains("'0101'");
  }

  @Test
  void aNonPositiveDiscriminationExitsWithTwo(@TempDir Path dir) throws IOException {
    String items = write(dir, "items.tsv", "item\ta\tb1\nq1\t1.0\t0.0\nq2\t-0.5\t0.3\n");

    Run run = run("table", "--items", items);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains("items.tsv").contains("line 3").contains("-0.5");
  }

  @Test
  void anUnparseableNumberExitsWithTwo(@TempDir Path dir) throws IOException {
    String items = write(dir, "items.tsv", "item\ta\tb1\tb2\nq1\t1.0\tNaN\t\n");

    Run run = run("table", "--items", items);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("items.tsv").contains("line 2").contains("'NaN'");
  }

  @Test
  void unorderedGradedThresholdsExitWithTwo(@TempDir Path dir) throws IOException {
    String items = write(dir, "grm.tsv", "item\ta\tb1\tb2\tb3\nr1\t1.2\t-1\t0.5\t0.2\n");

    Run run = run("table", "--items", items);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("grm.tsv").contains("line 2").contains("0.2");
  }

  @Test
  void mixedTwoPlAndGradedItemsAreReadFromOneFile(@TempDir Path dir) throws IOException {
    String items = write(dir, "mixed.tsv", "item\ta\tb1\tb2\nq1\t1.0\t0.0\t\nr1\t1.2\t-1\t0.5\n");
    String patterns = write(dir, "p.tsv", "pattern\n13\n01\n");

    Run table = run("table", "--items", items);
    Run theta = run("theta", "--items", items, "--patterns", patterns);

    assertThat(table.status()).isZero();
    assertThat(table.rows()).extracting(r -> r[0]).containsExactly("raw", "1", "2", "3", "4");
    assertThat(theta.status()).isZero();
    assertThat(theta.rows().get(1)[5]).isEqualTo("NA");
    assertThat(theta.rows().get(2)[5]).isEqualTo("NA");
  }

  @Test
  void anOptionalCColumnMakesThreePlItemsAndStandardErrorColumnsAreReadPast(@TempDir Path dir)
      throws IOException {
    String items =
        write(
            dir,
            "mc.tsv",
            "item\ta\tb1\tc\tse_a\tse_b1\tse_c\n"
                + "m1\t1.4\t-0.8\t0.2\t0.1\t0.1\t0.02\n"
                + "m2\t0.9\t0.1\t0\t0.1\t0.1\tNA\n"
                + "m3\t2.1\t0.6\tNA\t0.1\t0.1\tNA\n");
    String patterns = write(dir, "p.tsv", "pattern\n101\n");
    // Expected by hand from P = c + (1-c)/(1+exp(-a(θ-b))): EAP on the standard 321-node grid.
    double num = 0;
    double den = 0;
    for (int q = 0; q <= 320; q++) {
      double t = -8 + q * 0.05;
      double l =
          Math.exp(-t * t / 2)
              * (0.2 + 0.8 / (1 + Math.exp(-1.4 * (t + 0.8))))
              * (1 - 1 / (1 + Math.exp(-0.9 * (t - 0.1))))
              * (1 / (1 + Math.exp(-2.1 * (t - 0.6))));
      num += t * l;
      den += l;
    }

    Run run = run("theta", "--items", items, "--patterns", patterns);

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(Double.parseDouble(run.rows().get(1)[1])).isCloseTo(num / den, within(1e-6));
  }

  @Test
  void aGuessingParameterOnAGradedItemOrOutsideZeroToOneExitsWithTwo(@TempDir Path dir)
      throws IOException {
    String graded = write(dir, "g.tsv", "item\ta\tb1\tb2\tc\nr1\t1.2\t-1\t0.5\t0.2\n");
    String big = write(dir, "big.tsv", "item\ta\tb1\tc\nm1\t1.2\t-1\t1.2\n");

    Run gradedRun = run("table", "--items", graded);
    Run bigRun = run("table", "--items", big);

    assertThat(gradedRun.status()).isEqualTo(2);
    assertThat(gradedRun.err()).contains("g.tsv").contains("line 2").contains("r1");
    assertThat(bigRun.status()).isEqualTo(2);
    assertThat(bigRun.err()).contains("big.tsv").contains("line 2").contains("1.2");
  }

  @Test
  void aNegativeCountExitsWithTwo(@TempDir Path dir) throws IOException {
    String x = write(dir, "x.tsv", "score\tcount\n0\t3\n1\t-4\n");

    Run run = run("equate", "--x", x, "--y", resource("actmath_y.tsv"), "--method", "linear");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("x.tsv").contains("line 3").contains("-4");
  }

  @Test
  void aNonIntegerScoreExitsWithTwo(@TempDir Path dir) throws IOException {
    String y = write(dir, "y.tsv", "score\tcount\n0\t3\n1.5\t4\n");

    Run run = run("equate", "--x", resource("actmath_x.tsv"), "--y", y, "--method", "mean");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("y.tsv").contains("line 3").contains("'1.5'");
  }

  @Test
  void aWrongHeaderExitsWithTwo(@TempDir Path dir) throws IOException {
    String patterns = write(dir, "p.tsv", "responses\n01010\n");

    Run run = run("theta", "--items", resource("lsat7_items.tsv"), "--patterns", patterns);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("p.tsv").contains("line 1").contains("responses");
  }

  @Test
  void aMissingFileExitsWithTwoNamingIt(@TempDir Path dir) {
    String missing = dir.resolve("nowhere.tsv").toString();

    Run run = run("table", "--items", missing);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("nowhere.tsv");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run().status()).isEqualTo(2);
    assertThat(run("rank").err()).contains("unknown command 'rank'");
    assertThat(run("table").err()).contains("--items");
    assertThat(run("equate", "--x", "a", "--y", "b", "--method", "median").err())
        .contains("'median'");
    assertThat(run("table", "--items").status()).isEqualTo(2);
  }

  @Test
  void optionsMayBeGivenAsNameEqualsValueSoThatNegativeNumbersPass() {
    Run spaced = run("table", "--items", resource("lsat7_items.tsv"));
    Run joined = run("table", "--items=" + resource("lsat7_items.tsv"));

    assertThat(joined.status()).isZero();
    assertThat(joined.out()).isEqualTo(spaced.out());
    assertThat(run("table", "--items=a", "--items=b").err()).contains("given twice");
    assertThat(run("table", "--items", resource("lsat7_items.tsv"), "stray").err())
        .contains("unexpected argument 'stray'");
    assertThat(run("table", "--=x").err()).contains("unexpected argument '--=x'");
  }

  @Test
  void decimalsHaveSixPlacesAndNoNegativeZero() {
    assertThat(Cli.decimal(-0.0000001)).isEqualTo("0.000000");
    assertThat(Cli.decimal(1.0000005)).isEqualTo("1.000001");
    assertThat(Cli.decimal(-2.5)).isEqualTo("-2.500000");
  }
}
