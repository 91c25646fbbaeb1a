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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What each score of a comparison rests on — provenance and items administered — comes from the
 * same result row as the score, follows the current-score rule (a proctored result stays current
 * over a newer self-service one), is refreshed when only the basis of a current score changes, and
 * reaches the CSV as columns added after the original ones.
 */
class ComparisonBasisTest {

  private static final List<String> FAMILIES = List.of("DATA_ANALYSIS", "COMMUNICATION");

  @Test
  void everyScoreCarriesItsProvenanceAndItemsIntoTheSnapshotAndTheCsv() throws Exception {
    try (Database db = Database.fresh(Database.Kind.H2)) {
      Instant now = Instant.now();
      db.run(
          em -> {
            new ShareStore(em)
                .add(
                    new PassportShare(
                        "gus", "Gus Ortega", "acme", now.minus(Duration.ofDays(5)), null));
            ResultStore results = new ResultStore(em);
            results.add(result("gus", "DATA_ANALYSIS", 640, Provenance.PROCTORED, now, 8, null));
            results.add(result("gus", "DATA_ANALYSIS", 700, Provenance.SAMPLE, now, 2, 12));
            results.add(result("gus", "COMMUNICATION", 610, Provenance.SAMPLE, now, 3, 17));
          });
      DataSource source = dataSource(db);
      SharedScores scores = new SharedScores(source, java.time.Clock.systemUTC());

      SharedScores.Shared first = scores.of("acme", FAMILIES, now);
      int gus = first.rows().get("gus");
      // The proctored 640 is current over the newer self-service 700 (higher assurance first).
      assertThat(first.scores().score(gus, 0)).isEqualTo(640);
      assertThat(first.basis().provenance(gus, 0)).contains(Provenance.PROCTORED);
      assertThat(first.basis().itemsAdministered(gus, 0)).isZero();
      assertThat(first.basis().provenance(gus, 1)).contains(Provenance.SAMPLE);
      assertThat(first.basis().itemsAdministered(gus, 1)).isEqualTo(17);

      // A newer self-service result with the same score and SEM but 23 items: only the basis
      // changes, and the next read shows it.
      db.run(
          em ->
              new ResultStore(em)
                  .add(
                      result(
                          "gus", "COMMUNICATION", 610, Provenance.SAMPLE, Instant.now(), 1, 23)));
      SharedScores.Shared second = scores.of("acme", FAMILIES, Instant.now());
      assertThat(second.scores().score(gus, 1)).isEqualTo(610);
      assertThat(second.basis().itemsAdministered(gus, 1)).isEqualTo(23);
      assertThat(first.basis().itemsAdministered(gus, 1)).as("the old snapshot").isEqualTo(17);

      // The display name as the sharing component gives it to the comparison.
      Map<String, String> names =
          db.inTransaction(em -> new ShareStore(em).namesSharingWith("acme", Instant.now()));
      assertThat(names).containsExactly(Map.entry("gus", "Gus Ortega"));
      ReadinessCriteria criteria =
          BundleVersion.readinessCriteria(
              List.of(
                  new BundleFamily("DATA_ANALYSIS", true, new BigDecimal("0.50"), null),
                  new BundleFamily("COMMUNICATION", true, new BigDecimal("0.50"), null)),
              600);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Comparisons.csvBody(
              new Object[] {"bundle", "B"},
              Ranking.rank(second.scores(), criteria),
              second,
              criteria,
              Map.of("DATA_ANALYSIS", "Data Analysis", "COMMUNICATION", "Communication"),
              names)
          .writeTo(out);
      String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");

      assertThat(lines[1])
          .isEqualTo(
              "\"rank\",\"candidate\",\"name\",\"composite\",\"band90_low\",\"band90_high\",\"verdict\","
                  + "\"p_clears\",\"failed_minimums\",\"missing_families\","
                  + "\"Data Analysis score\",\"Data Analysis SEM\",\"Data Analysis items\","
                  + "\"Data Analysis provenance\",\"Communication score\",\"Communication SEM\","
                  + "\"Communication items\",\"Communication provenance\"");
      assertThat(lines[2])
          .startsWith("\"1\",\"gus\",\"Gus Ortega\",\"625\",")
          .endsWith(",\"640\",\"30\",\"\",\"proctored\",\"610\",\"30\",\"23\",\"sample\"");
    }
  }

  private static FamilyResult result(
      String candidate,
      String family,
      int score,
      Provenance provenance,
      Instant now,
      int daysAgo,
      Integer items) {
    Instant measured = now.minus(Duration.ofDays(daysAgo));
    FamilyResult result =
        new FamilyResult(
            candidate,
            family,
            (score - 575) / 75.0,
            0.4,
            score,
            30.0,
            score - 59,
            score + 59,
            provenance,
            measured,
            measured.plus(Duration.ofDays(700)),
            "test");
    // Written now, as a boundary stamps it: the snapshot's refresh looks for rows written since.
    result.writtenAt(Instant.now());
    return items == null
        ? result
        : result.measuredBy(new Measurement(1, "PROVISIONAL", items, 0, 600));
  }

  private static DataSource dataSource(Database db) {
    var h2 = new org.h2.jdbcx.JdbcDataSource();
    h2.setURL(db.url());
    h2.setUser(db.user());
    return h2;
  }
}
