package io.skillspassport.passports.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.passports.boundary.Provenance;
import io.skillspassport.passports.entity.FamilyResult;
import io.skillspassport.testing.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The published current-score rule: of the unexpired results in a family, the highest assurance
 * (proctored, imported, self-service) wins, then the newest — for one passport and for many
 * candidates at once.
 */
class CurrentScoreRuleTest {

  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void higherAssuranceBeatsANewerSelfServiceResultAndNewestWinsAmongEquals(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      db.run(
          em -> {
            ResultStore store = new ResultStore(em);
            store.add(result("ann", "PYTHON_FUNDAMENTALS", 500, Provenance.PROCTORED, 90, 700));
            store.add(result("ann", "PYTHON_FUNDAMENTALS", 640, Provenance.SAMPLE, 2, 700));
            store.add(result("ann", "COMMUNICATION", 520, Provenance.SAMPLE, 30, 700));
            store.add(result("ann", "COMMUNICATION", 560, Provenance.SAMPLE, 5, 700));
            // An expired proctored result does not count.
            store.add(result("ann", "DATA_ANALYSIS", 700, Provenance.PROCTORED, 800, 730));
            store.add(result("ann", "DATA_ANALYSIS", 610, Provenance.IMPORTED, 10, 700));
            store.add(result("bob", "PYTHON_FUNDAMENTALS", 450, Provenance.IMPORTED, 50, 700));
            store.add(result("bob", "PYTHON_FUNDAMENTALS", 600, Provenance.SAMPLE, 1, 700));
          });

      Map<String, FamilyResult> ann =
          db.inTransaction(em -> new ResultStore(em).current("ann", NOW));
      List<FamilyResult> both =
          db.inTransaction(em -> new ResultStore(em).currentOf(List.of("ann", "bob"), NOW));

      assertThat(ann.get("PYTHON_FUNDAMENTALS").scaledScore()).isEqualTo(500);
      assertThat(ann.get("COMMUNICATION").scaledScore()).isEqualTo(560);
      assertThat(ann.get("DATA_ANALYSIS").scaledScore()).isEqualTo(610);
      assertThat(
              both.stream().map(r -> r.candidate() + ":" + r.familyCode() + "=" + r.scaledScore()))
          .containsExactlyInAnyOrder(
              "ann:PYTHON_FUNDAMENTALS=500",
              "ann:COMMUNICATION=560",
              "ann:DATA_ANALYSIS=610",
              "bob:PYTHON_FUNDAMENTALS=450");
    }
  }

  private static FamilyResult result(
      String candidate,
      String family,
      int score,
      Provenance provenance,
      int daysAgo,
      int validDays) {
    Instant measured = NOW.minus(Duration.ofDays(daysAgo));
    double theta = (score - 575) / 75.0;
    return new FamilyResult(
        candidate,
        family,
        theta,
        0.4,
        score,
        30,
        score - 59,
        score + 59,
        provenance,
        measured,
        measured.plus(Duration.ofDays(validDays)),
        "test");
  }
}
