package io.skillspassport.scoring.cli;

import static io.skillspassport.scoring.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.scoring.testing.ReferenceTable;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code agreement --ratings FILE} reproduces both published examples (the reference files are
 * given to the tool unchanged) and names bad input.
 */
class AgreementCommandTest {

  private static String reference(String name) {
    try {
      return Path.of(AgreementCommandTest.class.getResource("/reference/" + name).toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String write(Path dir, String content) throws IOException {
    Path file = dir.resolve("ratings.tsv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file.toString();
  }

  private static Map<String, String> statistics(CliTest.Run run) {
    List<String[]> rows = run.rows();
    assertThat(rows.get(0)).containsExactly("statistic", "value");
    Map<String, String> values = new LinkedHashMap<>();
    rows.stream().skip(1).forEach(r -> values.put(r[0], r[1]));
    return values;
  }

  @Test
  void reproducesKrippendorffsExampleWithMissingRatingsAndPrintsNoIcc() {
    CliTest.Run run = run("agreement", "--ratings", reference("krippendorff_2011.tsv"));

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    Map<String, String> values = statistics(run);
    assertThat(values.keySet())
        .containsExactly("alpha_nominal", "alpha_ordinal", "alpha_interval", "alpha_ratio");
    for (ReferenceTable.Row expected :
        ReferenceTable.load("krippendorff_2011_expected.tsv").rows()) {
      assertThat(Double.parseDouble(values.get("alpha_" + expected.text("metric"))))
          .as(expected.text("metric"))
          .isCloseTo(expected.number("alpha"), within(0.0005));
    }
  }

  @Test
  void reproducesShroutAndFleissWithAllSixIntraclassCorrelations() {
    CliTest.Run run = run("agreement", "--ratings", reference("shrout_fleiss_1979.tsv"));

    assertThat(run.status()).isZero();
    Map<String, String> values = statistics(run);
    assertThat(values.keySet())
        .containsExactly(
            "alpha_nominal",
            "alpha_ordinal",
            "alpha_interval",
            "alpha_ratio",
            "icc1",
            "icc2",
            "icc3",
            "icc1k",
            "icc2k",
            "icc3k");
    for (ReferenceTable.Row expected :
        ReferenceTable.load("shrout_fleiss_1979_expected.tsv").rows()) {
      assertThat(values.get(expected.text("statistic"))).matches("-?\\d+\\.\\d{6}");
      assertThat(Double.parseDouble(values.get(expected.text("statistic"))))
          .as(expected.text("statistic"))
          .isCloseTo(expected.number("value"), within(0.00005));
    }
  }

  @Test
  void naAndDotBothMeanNotRated(@TempDir Path dir) throws IOException {
    CliTest.Run dots =
        run("agreement", "--ratings", write(dir, "u\ta\tb\n1\t1\t.\n2\t2\t2\n3\t1\t2\n"));
    CliTest.Run nas =
        run("agreement", "--ratings", write(dir, "u\ta\tb\n1\t1\tNA\n2\t2\t2\n3\t1\t2\n"));

    assertThat(dots.status()).isZero();
    assertThat(nas.out()).isEqualTo(dots.out());
    assertThat(statistics(dots)).doesNotContainKey("icc1");
  }

  @Test
  void noDisagreementPossiblePrintsNaForAlpha(@TempDir Path dir) throws IOException {
    CliTest.Run run = run("agreement", "--ratings", write(dir, "u\ta\tb\n1\t3\t3\n2\t3\t3\n"));

    assertThat(run.status()).isZero();
    assertThat(statistics(run)).containsEntry("alpha_nominal", "NA").containsEntry("icc1", "NA");
  }

  @Test
  void aRatingThatIsNotANumberExitsTwoNamingIt(@TempDir Path dir) throws IOException {
    CliTest.Run run = run("agreement", "--ratings", write(dir, "u\tann\tbob\n1\t3\tthree\n"));

    assertThat(run.status()).isEqualTo(Cli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("line 2").contains("'bob'").contains("'three'");
  }

  @Test
  void fewerThanTwoRatersExitsTwo(@TempDir Path dir) throws IOException {
    CliTest.Run run = run("agreement", "--ratings", write(dir, "u\tann\n1\t3\n2\t4\n"));

    assertThat(run.status()).isEqualTo(Cli.BAD_INPUT);
    assertThat(run.err()).contains("at least two rater columns");
  }

  @Test
  void noUnitWithTwoRatingsExitsTwo(@TempDir Path dir) throws IOException {
    CliTest.Run run = run("agreement", "--ratings", write(dir, "u\ta\tb\n1\t3\t.\n2\tNA\t4\n"));

    assertThat(run.status()).isEqualTo(Cli.BAD_INPUT);
    assertThat(run.err()).contains("no unit has two ratings");
  }

  @Test
  void raggedRowsDuplicateUnitsAndUnknownOptionsExitTwo(@TempDir Path dir) throws IOException {
    assertThat(run("agreement", "--ratings", write(dir, "u\ta\tb\n1\t3\n")).err())
        .contains("expected 3 columns");
    assertThat(run("agreement", "--ratings", write(dir, "u\ta\tb\n1\t3\t3\n1\t2\t2\n")).err())
        .contains("unit '1' is listed twice");
    assertThat(run("agreement", "--ratings", "x", "--metric", "nominal").err())
        .contains("unknown option '--metric'");
    assertThat(run("agreement").err()).contains("missing option '--ratings'");
  }
}
