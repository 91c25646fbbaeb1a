package io.skillspassport.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged {@code scoring-cli.jar} as a separate process (Failsafe, after package). */
class CliJarIT {

  /** Output of a finished process. */
  record Result(int status, String out, String err) {}

  private static Result java(String... args) throws IOException, InterruptedException {
    String jar = System.getProperty("scoring.cli.jar", "target/scoring-cli.jar");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar);
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  private static String resource(String name) throws URISyntaxException {
    return Path.of(CliJarIT.class.getResource("/cli/" + name).toURI()).toString();
  }

  @Test
  void theJarPrintsTheThetaTableAndExitsWithZero() throws Exception {
    Result r =
        java(
            "theta",
            "--items",
            resource("lsat7_items.tsv"),
            "--patterns",
            resource("lsat7_patterns.tsv"));

    assertThat(r.status()).isZero();
    assertThat(r.out().lines().findFirst())
        .contains("pattern\teap\teap_psd\tmap\tmap_se\tmle\tmle_se\twle\twle_se");
    assertThat(r.out().lines().skip(1).findFirst())
        .hasValueSatisfying(l -> assertThat(l).startsWith("00000\t-1.869852\t0.692721\t"));
  }

  @Test
  void theJarExitsWithTwoAndOneStderrLineOnBadInput(@TempDir Path dir) throws Exception {
    Path patterns = dir.resolve("bad.tsv");
    Files.writeString(patterns, "pattern\n0121\n");

    Result r =
        java("theta", "--items", resource("lsat7_items.tsv"), "--patterns", patterns.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).contains("bad.tsv").contains("line 2");
  }

  @Test
  void theJarCalibratesLsat7AsLtmsRaschModel() throws Exception {
    Result r = java("calibrate", "--model=rasch", "--responses", resource("lsat7_responses.tsv"));

    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    assertThat(r.out().lines().findFirst()).contains("item\ta\tb1\tse_a\tse_b1");
    // ltm rasch(constraint a = 1), lsat7_calibration_mml.tsv: b of Item.1 = -1.863089.
    String[] first = r.out().lines().skip(1).findFirst().orElseThrow().split("\t");
    assertThat(first[0]).isEqualTo("Item.1");
    assertThat(first[1]).isEqualTo("1.000000");
    assertThat(Double.parseDouble(first[2])).isBetween(-1.865089, -1.861089);
    assertThat(first[3]).isEqualTo("NA");
  }

  @Test
  void theJarRefusesToCalibrateAnItemEveryoneGotRight(@TempDir Path dir) throws Exception {
    Path responses = dir.resolve("easy.tsv");
    Files.writeString(responses, "easy\tq2\tq3\n1\t0\t1\n1\t1\t0\n1\t0\t0\n1\t1\t1\n");

    Result r = java("calibrate", "--model", "2pl", "--responses", responses.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).contains("calibration failed").contains("'easy'");
  }
}
