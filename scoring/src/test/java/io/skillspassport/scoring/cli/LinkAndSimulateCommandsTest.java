package io.skillspassport.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code link} and {@code simulate} commands, run in-process with captured streams. */
class LinkAndSimulateCommandsTest {

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

  private static String resource(String name) {
    try {
      return Path.of(LinkAndSimulateCommandsTest.class.getResource("/cli/" + name).toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** link_new.tsv is link_base.tsv moved by θ_base = 1.25·θ_new − 0.4 (computed in Python). */
  @ParameterizedTest
  @ValueSource(strings = {"mean-mean", "mean-sigma", "haebara", "stocking-lord"})
  void linkRecoversTheKnownConstants(String method) {
    Run run =
        run(
            "link",
            "--method",
            method,
            "--from",
            resource("link_new.tsv"),
            "--to=" + resource("link_base.tsv"));

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    List<String[]> rows = run.rows();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).containsExactly("method", "A", "B");
    assertThat(rows.get(1)[0]).isEqualTo(method);
    assertThat(Double.parseDouble(rows.get(1)[1])).isCloseTo(1.25, within(1e-6));
    assertThat(Double.parseDouble(rows.get(1)[2])).isCloseTo(-0.4, within(1e-6));
  }

  @Test
  void linkWithFewerThanTwoCommonItemsExitsTwoNamingThem(@TempDir Path dir) throws IOException {
    Path other = dir.resolve("other.tsv");
    Files.writeString(other, "item\ta\tb1\nc03\t1.0\t0.2\nzz\t1.1\t0.3\n", StandardCharsets.UTF_8);

    Run run =
        run(
            "link",
            "--method",
            "haebara",
            "--from",
            other.toString(),
            "--to",
            resource("link_base.tsv"));

    assertThat(run.status()).isEqualTo(Cli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("at least 2 common items").contains("found 1 ('c03')");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void linkRefusesAnUnknownMethod() {
    Run run =
        run(
            "link",
            "--method",
            "median",
            "--from",
            resource("link_new.tsv"),
            "--to",
            resource("link_base.tsv"));
    assertThat(run.status()).isEqualTo(Cli.BAD_INPUT);
    assertThat(run.err()).contains("unknown method 'median'");
  }

  @Test
  void simulatePrintsOneRowPerThetaAndReplaysWithTheSameSeed() {
    String[] args = {
      "simulate",
      "--items",
      resource("cat_bank_100.tsv"),
      "--stop-se",
      "0.3",
      "--max-items",
      "40",
      "--min-items",
      "5",
      "--thetas=-2,-1,0,1,2",
      "--replications",
      "200",
      "--seed",
      "17"
    };
    Run run = run(args);

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    List<String[]> rows = run.rows();
    assertThat(rows.get(0))
        .containsExactly("theta", "mean_items", "bias", "rmse", "coverage95", "max_exposure");
    assertThat(rows).hasSize(6);
    double[] thetas = {-2, -1, 0, 1, 2};
    for (int i = 0; i < 5; i++) {
      String[] row = rows.get(i + 1);
      assertThat(Double.parseDouble(row[0])).isEqualTo(thetas[i]);
      assertThat(Double.parseDouble(row[1])).isBetween(5.0, 25.0);
      assertThat(Double.parseDouble(row[3])).isBetween(0.15, 0.45);
      assertThat(Double.parseDouble(row[4])).isBetween(0.85, 1.0);
      assertThat(Double.parseDouble(row[5])).isBetween(0.0, 1.0);
    }
    assertThat(run(args).out()).isEqualTo(run.out());
  }

  @Test
  void simulateRefusesABadThetaList() {
    Run run =
        run(
            "simulate",
            "--items",
            resource("cat_bank_100.tsv"),
            "--stop-se",
            "0.3",
            "--max-items",
            "40",
            "--thetas=-2,x",
            "--replications",
            "10",
            "--seed",
            "1");
    assertThat(run.status()).isEqualTo(Cli.BAD_INPUT);
    assertThat(run.err()).contains("--thetas value 'x'");
  }
}
