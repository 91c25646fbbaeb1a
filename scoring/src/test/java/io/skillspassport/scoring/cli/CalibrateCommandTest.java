package io.skillspassport.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.scoring.testing.ReferenceTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code calibrate} contract, run in-process with captured streams. */
class CalibrateCommandTest {

  record Run(int status, String out, String err) {
    List<String[]> rows() {
      return out.lines().map(l -> l.split("\t", -1)).toList();
    }
  }

  private static Run run(String... args) {
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

  private static String write(Path dir, String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file.toString();
  }

  /** LSAT7 as a responses file: the reference patterns with their frequency as {@code count}. */
  private static String lsat7(Path dir) throws IOException {
    StringBuilder s = new StringBuilder("Item.1\tItem.2\tItem.3\tItem.4\tItem.5\tcount\n");
    for (ReferenceTable.Row row : ReferenceTable.load("lsat7_patterns.tsv").rows()) {
      for (int i = 1; i <= 5; i++) {
        s.append(row.text("Item." + i)).append('\t');
      }
      s.append(row.text("freq")).append('\n');
    }
    return write(dir, "lsat7.tsv", s.toString());
  }

  private static Map<String, String> summary(Path file) throws IOException {
    Map<String, String> map = new HashMap<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isEmpty()) {
        break;
      }
      String[] kv = line.split("\t");
      map.put(kv[0], kv[1]);
    }
    return map;
  }

  @Test
  void onePlOfLsat7MatchesLtmAndReadsBackIntoTheta(@TempDir Path dir) throws IOException {
    String responses = lsat7(dir);
    Path summary = dir.resolve("summary.tsv");

    Run run =
        run("calibrate", "--model=1pl", "--responses", responses, "--summary", summary.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(run.rows().get(0)).containsExactly("item", "a", "b1", "se_a", "se_b1");
    List<ReferenceTable.Row> expected =
        ReferenceTable.load("lsat7_calibration_mml.tsv").rows().stream()
            .filter(r -> r.text("model").equals("1pl"))
            .toList();
    for (int i = 0; i < 5; i++) {
      String[] row = run.rows().get(i + 1);
      ReferenceTable.Row ref = expected.get(i);
      assertThat(row[0]).isEqualTo(ref.text("item"));
      assertThat(Double.parseDouble(row[1])).isCloseTo(ref.number("a"), within(2e-3));
      assertThat(Double.parseDouble(row[2])).isCloseTo(ref.number("b1"), within(2e-3));
      assertThat(Double.parseDouble(row[3])).isCloseTo(ref.number("se_a"), within(2e-3));
      assertThat(Double.parseDouble(row[4])).isCloseTo(ref.number("se_b1"), within(2e-3));
    }
    Map<String, String> keys = summary(summary);
    double loglik = Double.parseDouble(keys.get("loglik"));
    assertThat(loglik).isCloseTo(expected.get(0).number("loglik"), within(2e-3));
    assertThat(keys.get("converged")).isEqualTo("true");
    assertThat(keys.get("parameters")).isEqualTo("6");
    assertThat(Double.parseDouble(keys.get("aic"))).isCloseTo(-2 * loglik + 12, within(1e-5));
    assertThat(Double.parseDouble(keys.get("bic")))
        .isCloseTo(-2 * loglik + 6 * Math.log(1000), within(1e-5));
    assertThat(Integer.parseInt(keys.get("iterations"))).isPositive();
    List<String> lines = Files.readAllLines(summary);
    int fitHeader = lines.indexOf("item\tsx2\tdf\tp");
    assertThat(fitHeader).isPositive();
    assertThat(lines.subList(fitHeader + 1, lines.size())).hasSize(5);

    String items = write(dir, "calibrated.tsv", run.out());
    Run theta =
        run("theta", "--items", items, "--patterns", write(dir, "p.tsv", "pattern\n10101\n"));
    assertThat(theta.err()).isEmpty();
    assertThat(theta.status()).isZero();
  }

  @Test
  void threePlOutputHasCAndItsStandardErrorAndReadsBack(@TempDir Path dir) throws IOException {
    SplittableRandom random = new SplittableRandom(7);
    StringBuilder s = new StringBuilder("m1\tm2\tm3\tm4\tm5\tm6\tm7\tm8\n");
    for (int p = 0; p < 1500; p++) {
      double theta = random.nextGaussian();
      for (int i = 0; i < 8; i++) {
        double prob = 0.2 + 0.8 / (1 + Math.exp(-1.3 * (theta - (-1.2 + 0.35 * i))));
        s.append(random.nextDouble() < prob ? 1 : 0).append(i < 7 ? "\t" : "\n");
      }
    }
    String responses = write(dir, "mc.tsv", s.toString());

    Run run = run("calibrate", "--model", "3pl", "--responses", responses);

    assertThat(run.err()).isEmpty();
    assertThat(run.rows().get(0)).containsExactly("item", "a", "b1", "c", "se_a", "se_b1", "se_c");
    for (String[] row : run.rows().subList(1, 9)) {
      assertThat(Double.parseDouble(row[3])).isBetween(0.0, 1.0);
      assertThat(Double.parseDouble(row[6])).isPositive();
    }
    Run table = run("table", "--items", write(dir, "items.tsv", run.out()));
    assertThat(table.status()).isZero();
  }

  @Test
  void gradedItemsGetOneThresholdColumnPerCategoryBoundaryAndReadBack(@TempDir Path dir)
      throws IOException {
    SplittableRandom random = new SplittableRandom(5);
    StringBuilder s = new StringBuilder("r1\tr2\tr3\tr4\tr5\n");
    for (int p = 0; p < 800; p++) {
      double theta = random.nextGaussian();
      for (int i = 0; i < 5; i++) {
        double u = random.nextDouble();
        int category = 1;
        for (double b : new double[] {-1.2 + 0.1 * i, 0.0 + 0.1 * i, 1.1 + 0.1 * i}) {
          if (u < 1 / (1 + Math.exp(-1.4 * (theta - b)))) {
            category++;
          }
        }
        s.append(category).append(i < 4 ? "\t" : "\n");
      }
    }

    Run run = run("calibrate", "--model", "grm", "--responses", write(dir, "g.tsv", s.toString()));

    assertThat(run.err()).isEmpty();
    assertThat(run.rows().get(0))
        .containsExactly("item", "a", "b1", "b2", "b3", "se_a", "se_b1", "se_b2", "se_b3");
    Run table = run("table", "--items", write(dir, "items.tsv", run.out()));
    assertThat(table.status()).isZero();
    assertThat(table.rows().get(1)[0]).isEqualTo("5");
  }

  @Test
  void missingCellsAreAcceptedAsDotOrNa(@TempDir Path dir) throws IOException {
    SplittableRandom random = new SplittableRandom(11);
    StringBuilder s = new StringBuilder("q1\tq2\tq3\tq4\n");
    for (int p = 0; p < 600; p++) {
      double theta = random.nextGaussian();
      for (int i = 0; i < 4; i++) {
        double u = random.nextDouble();
        String cell =
            u < 0.1
                ? "."
                : u < 0.2
                    ? "NA"
                    : random.nextDouble() < 1 / (1 + Math.exp(-(theta - 0.5 * i + 0.7)))
                        ? "1"
                        : "0";
        s.append(cell).append(i < 3 ? "\t" : "\n");
      }
    }

    Run run = run("calibrate", "--model", "2pl", "--responses", write(dir, "m.tsv", s.toString()));

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(run.rows()).hasSize(5);
  }

  @Test
  void anchorsKeepTheirBankValuesAndHaveNoStandardErrors(@TempDir Path dir) throws IOException {
    String responses = lsat7(dir);
    String anchors =
        write(dir, "bank.tsv", "item\ta\tb1\nItem.1\t0.99\t-1.88\nItem.3\t1.7\t-1.06\nX\t1\t0\n");

    Run run = run("calibrate", "--model", "2pl", "--responses", responses, "--anchors", anchors);

    assertThat(run.err()).isEmpty();
    assertThat(run.rows().get(1)).containsExactly("Item.1", "0.990000", "-1.880000", "NA", "NA");
    assertThat(run.rows().get(3)).containsExactly("Item.3", "1.700000", "-1.060000", "NA", "NA");
    assertThat(run.rows().get(2)[3]).isNotEqualTo("NA");
  }

  @Test
  void aResponseOutsideTheCategoriesExitsWithTwoNamingItemRowAndValue(@TempDir Path dir)
      throws IOException {
    String responses = write(dir, "bad.tsv", "q1\tq2\tcount\n1\t0\t3\n0\t2\t1\n");

    Run run = run("calibrate", "--model", "2pl", "--responses", responses);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("bad.tsv")
        .contains("line 3")
        .contains("response 2")
        .contains("'q2'");
  }

  @Test
  void anUnidentifiedItemExitsWithTwoAndNoNumbers(@TempDir Path dir) throws IOException {
    String responses =
        write(
            dir,
            "easy.tsv",
            "easy\tq2\tq3\tcount\n1\t0\t1\t10\n1\t1\t0\t8\n1\t0\t0\t4\n1\t1\t1\t9\n");

    Run run = run("calibrate", "--model", "rasch", "--responses", responses);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("calibration failed").contains("'easy'");
  }

  @Test
  void anUnknownModelExitsWithTwo(@TempDir Path dir) throws IOException {
    Run run = run("calibrate", "--model", "4pl", "--responses", lsat7(dir));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("4pl");
  }
}
