package io.skillspassport.bundles.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.bundles.entity.Bundle;
import io.skillspassport.bundles.entity.BundleExercise;
import io.skillspassport.bundles.entity.BundleFamily;
import io.skillspassport.passports.boundary.Provenance;
import io.skillspassport.passports.control.ResultStore;
import io.skillspassport.passports.entity.FamilyResult;
import io.skillspassport.scoring.ranking.CandidateScores;
import io.skillspassport.sharing.control.ShareStore;
import io.skillspassport.sharing.entity.PassportShare;
import io.skillspassport.testing.Database;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The comparison's one query and the bundle tables on a migrated H2 and PostgreSQL: only active
 * shares of the organisation count, the newest unexpired result per family wins, a sharing
 * candidate without results is kept with every family missing, a revocation is seen by the very
 * next read even though the scores are kept between reads, and the queries are answered through the
 * indexes (asserted on each database's plan).
 */
class SharedScoresTest {

  static final List<String> FAMILIES = List.of("DATA_ANALYSIS", "COMMUNICATION");

  static final Instant NOW = Instant.now();

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void readsTheCurrentScoresOfTheActiveSharesOnly(Database.Kind kind) throws SQLException {
    try (Database db = Database.fresh(kind)) {
      long revocable =
          db.inTransaction(
              em -> {
                ShareStore shares = new ShareStore(em);
                ResultStore results = new ResultStore(em);
                shares.add(share("ann", "acme", null));
                shares.add(share("carl", "acme", null));
                shares.add(share("eve", "acme", null));
                shares.add(share("dora", "acme", NOW.minusSeconds(1)));
                shares.add(share("fay", "other", null));
                results.add(
                    result("ann", "DATA_ANALYSIS", 600, NOW.minus(Duration.ofDays(90)), 400));
                results.add(
                    result("ann", "DATA_ANALYSIS", 640, NOW.minus(Duration.ofDays(9)), 400));
                results.add(
                    result("ann", "COMMUNICATION", 700, NOW.minus(Duration.ofDays(9)), 400));
                results.add(
                    result("eve", "DATA_ANALYSIS", 720, NOW.minus(Duration.ofDays(800)), 700));
                results.add(
                    result("eve", "COMMUNICATION", 580, NOW.minus(Duration.ofDays(3)), 400));
                results.add(
                    result("dora", "COMMUNICATION", 800, NOW.minus(Duration.ofDays(3)), 400));
                results.add(
                    result("fay", "COMMUNICATION", 810, NOW.minus(Duration.ofDays(3)), 400));
                return shares.add(share("bob", "acme", null)).id();
              });
      DataSource source = dataSource(db, kind);
      SharedScores shared = new SharedScores(source, java.time.Clock.systemUTC());
      java.sql.Timestamp at = java.sql.Timestamp.from(NOW);
      String plan = String.join("\n", plan(source, kind, SharedScores.QUERY, "acme", at, at));
      String stampPlan =
          String.join("\n", plan(source, kind, SharedScores.CHANGED, "acme", at, "acme", at));

      CandidateScores before = shared.of("acme", FAMILIES, NOW).scores();
      db.run(em -> new ShareStore(em).byId(revocable).orElseThrow().revoke(Instant.now()));
      SharedScores.Shared after = shared.of("acme", FAMILIES, Instant.now());

      assertThat(ids(before)).containsExactly("ann", "bob", "carl", "eve");
      assertThat(ids(after.scores())).containsExactly("ann", "carl", "eve");
      CandidateScores s = after.scores();
      int ann = after.rows().get("ann");
      int carl = after.rows().get("carl");
      int eve = after.rows().get("eve");
      assertThat(s.score(ann, 0)).isEqualTo(640);
      assertThat(s.score(ann, 1)).isEqualTo(700);
      assertThat(s.score(carl, 0)).isEqualTo(CandidateScores.MISSING);
      assertThat(s.score(carl, 1)).isEqualTo(CandidateScores.MISSING);
      assertThat(s.score(eve, 0)).isEqualTo(CandidateScores.MISSING);
      assertThat(s.score(eve, 1)).isEqualTo(580);
      assertThat(s.sem(ann, 0)).isEqualTo(30.0);
      // The class Javadoc's claims: the shares are found through the organisation index, each
      // candidate's results through the candidate index, and the queries for what changed since a
      // snapshot are answered through the change-stamp indexes.
      if (kind == Database.Kind.H2) {
        assertThat(plan)
            .contains("/* PUBLIC.PASSPORT_SHARE_ORGANISATION")
            .contains("/* PUBLIC.FAMILY_RESULT_CANDIDATE: CANDIDATE = S.CANDIDATE */")
            .doesNotContain("tableScan");
        assertThat(stampPlan)
            .contains("/* PUBLIC.PASSPORT_SHARE_CHANGED")
            .contains("/* PUBLIC.FAMILY_RESULT_CHANGED")
            .doesNotContain("tableScan");
      } else {
        assertThat(plan)
            .contains("using passport_share_organisation")
            .contains("using family_result_candidate")
            .doesNotContain("Seq Scan");
        // On a tiny table PostgreSQL reaches the changed results through the candidate's shares
        // rather than through family_result_changed; either way through indexes.
        assertThat(stampPlan).contains("passport_share_changed").doesNotContain("Seq Scan");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void storesImmutableBundleVersionsWithTheirFamiliesAndExercises(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      long id =
          db.inTransaction(
              em -> {
                Bundle bundle =
                    new Bundle("acme", "Research", "ml-research-scientist", "erin", NOW);
                bundle.saveVersion(
                    1,
                    680,
                    List.of(
                        new BundleFamily("DATA_ANALYSIS", true, new BigDecimal("0.65"), 550),
                        new BundleFamily("COMMUNICATION", false, new BigDecimal("0.55"), null)),
                    List.of(new BundleExercise("discussion", "Paper reading", "One hour")),
                    "erin",
                    "Erin Walsh",
                    NOW);
                return new BundleStore(em).add(bundle).id();
              });

      db.run(
          em -> {
            Bundle bundle = new BundleStore(em).byId(id).orElseThrow();
            var v1 = bundle.latest().orElseThrow();
            assertThat(bundle.latestNumber()).isEqualTo(1);
            assertThat(v1.threshold()).isEqualTo(680);
            assertThat(v1.families().get(0).weight()).isEqualByComparingTo("0.65");
            assertThat(v1.families().get(0).minimum()).contains(550);
            assertThat(v1.families().get(1).included()).isFalse();
            assertThat(v1.exercises().get(0).name()).isEqualTo("Paper reading");
            assertThat(new BundleStore(em).ofOrganisation("acme")).hasSize(1);
            assertThat(new BundleStore(em).ofOrganisation("other")).isEmpty();
          });
    }
  }

  static DataSource dataSource(Database db, Database.Kind kind) {
    if (kind == Database.Kind.POSTGRESQL) {
      var pg = new org.postgresql.ds.PGSimpleDataSource();
      pg.setURL(db.url());
      pg.setUser(db.user());
      return pg;
    }
    var h2 = new org.h2.jdbcx.JdbcDataSource();
    h2.setURL(db.url());
    h2.setUser(db.user());
    return h2;
  }

  /**
   * The plan of {@code query} with its {@code parameters} parameters bound ({@code acme}, then
   * timestamps). On PostgreSQL sequential scans are switched off for the explain: a tiny test table
   * would otherwise be scanned whatever indexes exist, and what the test checks is that an index
   * can answer every part of the query (with {@code enable_seqscan = off} the planner still falls
   * back to a sequential scan where no index fits).
   */
  private static List<String> plan(
      DataSource source, Database.Kind kind, String query, Object... parameters)
      throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection c = source.getConnection()) {
      if (kind == Database.Kind.POSTGRESQL) {
        c.createStatement().execute("set enable_seqscan = off");
      }
      try (var q = c.prepareStatement("explain " + query)) {
        for (int p = 0; p < parameters.length; p++) {
          q.setObject(p + 1, parameters[p]);
        }
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            lines.add(rs.getString(1));
          }
        }
      }
    }
    return lines;
  }

  private static List<String> ids(CandidateScores scores) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      ids.add(scores.id(i));
    }
    return ids;
  }

  private static PassportShare share(String candidate, String organisation, Instant expires) {
    Instant shared = NOW.minus(Duration.ofDays(30));
    PassportShare share = new PassportShare(candidate, organisation, shared, null);
    if (expires != null) {
      share = new PassportShare(candidate, organisation, shared, expires);
    }
    return share;
  }

  private static FamilyResult result(
      String candidate, String family, int score, Instant measured, int validDays) {
    return new FamilyResult(
        candidate,
        family,
        (score - 575) / 75.0,
        0.4,
        score,
        30.0,
        score - 59,
        Math.min(850, score + 59),
        Provenance.PROCTORED,
        measured,
        measured.plus(Duration.ofDays(validDays)),
        "test");
  }
}
