package io.skillspassport.bundles.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.assessments.boundary.Measurement;
import io.skillspassport.bundles.control.SharedScores;
import io.skillspassport.bundles.entity.BundleFamily;
import io.skillspassport.bundles.entity.BundleVersion;
import io.skillspassport.passports.boundary.Provenance;
import io.skillspassport.passports.control.ResultStore;
import io.skillspassport.passports.entity.FamilyResult;
import io.skillspassport.scoring.ranking.Ranking;
import io.skillspassport.scoring.readiness.ReadinessCriteria;
import io.skillspassport.sharing.control.ShareStore;
import io.skillspassport.sharing.entity.PassportShare;
import io.skillspassport.testing.Database;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The CSV export's bytes, pinned: a small fixed ranking written by {@link Comparisons#csvBody} must
 * give exactly the file in {@code comparison/csv-export-pinned.csv} (test resources).
 *
 * <p>Provenance of the pinned file: written by this test's fixture with the export code as it was
 * at commit e2bfad8 (before the export's rows were rewritten for speed), then checked by eye
 * against the rules the other CSV tests state by hand — byte order mark, every cell quoted, quotes
 * doubled, formula triggers neutralised with an apostrophe unless the cell is a number, whole
 * points, capped percentages, verdict words, family names joined by "; ", CR LF line ends. It pins
 * behaviour, it does not derive it: a deliberate change of the format replaces the file.
 *
 * <p>The fixture covers every branch of a row: complete candidates ready, borderline and not yet,
 * P(clears) at both caps and between, a failed minimum, candidates missing one, two and every
 * family (empty composite, band and P), a tie broken by user name, each provenance, items recorded
 * and not, a family in the snapshot the bundle does not weigh, snapshot families in another order
 * than the bundle's, display names with a comma, quotes, a formula trigger, non-ASCII and a
 * surrogate pair, a blank and a missing display name, user names starting with {@code =} and {@code
 * -} (one of them a number), family names with a quote, a trigger and none known.
 */
class ComparisonCsvBytesTest {

  /** The snapshot's family order, deliberately not the bundle's. */
  private static final List<String> SNAPSHOT_FAMILIES =
      List.of("COGNITIVE_REASONING", "DATA_ANALYSIS", "COMMUNICATION", "PYTHON_FUNDAMENTALS");

  @Test
  void aFixedRankingIsWrittenByteForByteAsPinned() throws Exception {
    byte[] expected;
    try (InputStream in =
        ComparisonCsvBytesTest.class.getResourceAsStream("/comparison/csv-export-pinned.csv")) {
      expected = in == null ? new byte[0] : in.readAllBytes();
    }

    byte[] actual = export();

    if (!java.util.Arrays.equals(expected, actual)) {
      // For diagnosis: the bytes written, next to the build output.
      Files.createDirectories(Path.of("target"));
      Files.write(Path.of("target", "csv-export-pinned.actual.csv"), actual);
    }
    assertThat(actual).isEqualTo(expected);
  }

  private static byte[] export() throws Exception {
    try (Database db = Database.fresh(Database.Kind.H2)) {
      Instant now = Instant.now();
      db.run(
          em -> {
            ShareStore shares = new ShareStore(em);
            for (String candidate :
                List.of("ada", "=bob", "cy", "dee", "eve", "fay", "hal", "-12", "gil", "+ivy")) {
              shares.add(new PassportShare(candidate, "acme", now.minus(Duration.ofDays(5)), null));
            }
            ResultStore results = new ResultStore(em);
            // Ready, P(clears) > 99%; an unweighted family too.
            results.add(result("ada", "DATA_ANALYSIS", 760, 20, Provenance.PROCTORED, now, null));
            results.add(result("ada", "COMMUNICATION", 742, 22.5, Provenance.PROCTORED, now, null));
            results.add(
                result("ada", "PYTHON_FUNDAMENTALS", 781, 19.4, Provenance.PROCTORED, now, 30));
            results.add(result("ada", "COGNITIVE_REASONING", 700, 25, Provenance.SAMPLE, now, 12));
            // Near the threshold: borderline, P between the caps.
            results.add(result("=bob", "DATA_ANALYSIS", 652, 31.5, Provenance.SAMPLE, now, 17));
            results.add(result("=bob", "COMMUNICATION", 633, 28, Provenance.SAMPLE, now, 21));
            results.add(
                result("=bob", "PYTHON_FUNDAMENTALS", 641, 30.5, Provenance.IMPORTED, now, null));
            // Below the minimum in Data analysis, imported (no items).
            results.add(result("cy", "DATA_ANALYSIS", 560, 26, Provenance.IMPORTED, now, null));
            results.add(result("cy", "COMMUNICATION", 700, 24, Provenance.IMPORTED, now, null));
            results.add(
                result("cy", "PYTHON_FUNDAMENTALS", 690, 27, Provenance.IMPORTED, now, null));
            // Two weighted families missing.
            results.add(result("dee", "DATA_ANALYSIS", 705, 30, Provenance.SAMPLE, now, 9));
            results.add(result("dee", "COGNITIVE_REASONING", 610, 30, Provenance.SAMPLE, now, 9));
            // Far below: not yet, P(clears) < 1%.
            results.add(result("eve", "DATA_ANALYSIS", 601, 15, Provenance.PROCTORED, now, 40));
            results.add(result("eve", "COMMUNICATION", 522, 15, Provenance.PROCTORED, now, 40));
            results.add(
                result("eve", "PYTHON_FUNDAMENTALS", 540, 15, Provenance.PROCTORED, now, 40));
            // fay and hal tie exactly: ranked by user name.
            for (String tied : List.of("fay", "hal")) {
              results.add(result(tied, "DATA_ANALYSIS", 668, 33, Provenance.SAMPLE, now, 14));
              results.add(result(tied, "COMMUNICATION", 671, 29, Provenance.SAMPLE, now, 14));
              results.add(result(tied, "PYTHON_FUNDAMENTALS", 655, 35, Provenance.SAMPLE, now, 14));
            }
            // A user name that reads as a number, missing one family.
            results.add(result("-12", "DATA_ANALYSIS", 640, 30, Provenance.SAMPLE, now, 8));
            results.add(result("-12", "COMMUNICATION", 640, 30, Provenance.SAMPLE, now, 8));
            // Near the top of the scale, with SEMs that round half up.
            results.add(result("+ivy", "DATA_ANALYSIS", 845, 12.5, Provenance.PROCTORED, now, 60));
            results.add(result("+ivy", "COMMUNICATION", 850, 13.5, Provenance.PROCTORED, now, 60));
            results.add(
                result("+ivy", "PYTHON_FUNDAMENTALS", 838, 14.5, Provenance.PROCTORED, now, 60));
            // gil has no result at all.
          });
      var h2 = new org.h2.jdbcx.JdbcDataSource();
      h2.setURL(db.url());
      h2.setUser(db.user());
      SharedScores.Shared shared =
          new SharedScores(h2, Clock.systemUTC()).of("acme", SNAPSHOT_FAMILIES, now);
      ReadinessCriteria criteria =
          BundleVersion.readinessCriteria(
              List.of(
                  new BundleFamily("DATA_ANALYSIS", true, new BigDecimal("0.40"), 600),
                  new BundleFamily("COMMUNICATION", true, new BigDecimal("0.35"), null),
                  new BundleFamily("PYTHON_FUNDAMENTALS", true, new BigDecimal("0.25"), null)),
              640);
      Map<String, String> familyNames =
          Map.of(
              "DATA_ANALYSIS", "Data \"analysis\"",
              "COMMUNICATION", "=Communication",
              "COGNITIVE_REASONING", "Cognitive reasoning");
      Map<String, String> candidateNames = new HashMap<>();
      candidateNames.put("ada", "Ada Lovelace");
      candidateNames.put("=bob", "Bob, \"the builder\"");
      candidateNames.put("cy", "-Cy +1");
      candidateNames.put("eve", "Ève Łukasz 漢字 🙂");
      candidateNames.put("fay", "  ");
      candidateNames.put("hal", "@hal");
      candidateNames.put("+ivy", "Ivy; =2+3");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Comparisons.csvBody(
              new Object[] {
                "bundle",
                "Q3;=cmd|'/C calc'!A0",
                "version",
                3,
                "role",
                "analyst v2",
                "threshold",
                640
              },
              Ranking.rank(shared.scores(), criteria),
              shared,
              criteria,
              familyNames,
              candidateNames)
          .writeTo(out);
      return out.toByteArray();
    }
  }

  private static FamilyResult result(
      String candidate,
      String family,
      int score,
      double sem,
      Provenance provenance,
      Instant now,
      Integer items) {
    Instant measured = now.minus(Duration.ofDays(3));
    FamilyResult result =
        new FamilyResult(
            candidate,
            family,
            (score - 575) / 75.0,
            sem / 75,
            score,
            sem,
            Math.max(300, score - 59),
            Math.min(850, score + 59),
            provenance,
            measured,
            measured.plus(Duration.ofDays(700)),
            "pinned CSV test");
    result.writtenAt(now);
    return items == null
        ? result
        : result.measuredBy(new Measurement(1, "PROVISIONAL", items, 0, 600));
  }
}
