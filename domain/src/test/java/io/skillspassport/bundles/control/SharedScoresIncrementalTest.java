package io.skillspassport.bundles.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillspassport.passports.boundary.Provenance;
import io.skillspassport.passports.control.ResultStore;
import io.skillspassport.passports.entity.FamilyResult;
import io.skillspassport.scoring.ranking.CandidateScores;
import io.skillspassport.scoring.ranking.ComparedRankings;
import io.skillspassport.scoring.ranking.RankAgreement;
import io.skillspassport.scoring.ranking.Ranking;
import io.skillspassport.scoring.readiness.ReadinessCriteria;
import io.skillspassport.scoring.readiness.WeightSet;
import io.skillspassport.sharing.control.ShareStore;
import io.skillspassport.sharing.entity.PassportShare;
import io.skillspassport.testing.Database;
import io.skillspassport.testing.Parallel;
import io.skillspassport.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The comparison snapshot kept current incrementally (V16's change stamps) agrees with a full
 * re-read after every step of a seeded random history of shares, revocations, new results and the
 * passing of expiry times; expiries remove candidates and fall back to older results without any
 * write; a change outside the organisation causes no work; concurrent requests after a change share
 * one re-read. The expected value in each comparison is a fresh {@link SharedScores} reading
 * everything, i.e. the query the snapshot replaced, asserted on its own in {@link
 * SharedScoresTest}.
 */
class SharedScoresIncrementalTest {

  static final List<String> FAMILIES = List.of("DATA_ANALYSIS", "COMMUNICATION", "PYTHON");

  static final List<String> ORGANISATIONS = List.of("acme", "globex", "initech");

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void staysEqualToAFullReReadThroughRandomChanges(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      DataSource source = SharedScoresTest.dataSource(db, kind);
      SnapshotRankings rankings = new SnapshotRankings(8);
      int rescoredSnapshots = 0;
      Random random = new Random(20261130L);
      // Business time moves on by up to a day per step, so shares and results expire in the run.
      // Rows are written and read at that time: the change stamps and the snapshot's stamp share
      // one (simulated) clock, as they share the portal's clock in production.
      Instant now = Instant.parse("2026-01-01T00:00:00Z");
      TestClock clock = new TestClock(now);
      SharedScores incremental = new SharedScores(source, clock);
      List<String> candidates = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        candidates.add(String.format("cand-%02d", i));
      }
      for (int step = 0; step < 60; step++) {
        Instant at = now;
        clock.set(at);
        int operations = 1 + random.nextInt(6);
        db.run(
            em -> {
              ShareStore shares = new ShareStore(em);
              ResultStore results = new ResultStore(em);
              for (int o = 0; o < operations; o++) {
                String candidate = candidates.get(random.nextInt(candidates.size()));
                String organisation = ORGANISATIONS.get(random.nextInt(ORGANISATIONS.size()));
                switch (random.nextInt(4)) {
                  case 0 -> {
                    var current = shares.current(candidate, organisation);
                    if (current.isEmpty()) {
                      Instant expires =
                          random.nextBoolean()
                              ? null
                              : at.plus(Duration.ofHours(1 + random.nextInt(72)));
                      shares.add(new PassportShare(candidate, organisation, at, expires));
                    } else if (!current.get().isActiveAt(at)) {
                      current.get().replace(at);
                      em.flush();
                      shares.add(new PassportShare(candidate, organisation, at, null));
                    }
                  }
                  case 1 -> shares.current(candidate, organisation).ifPresent(s -> s.revoke(at));
                  default -> {
                    String family = FAMILIES.get(random.nextInt(FAMILIES.size()));
                    // "OTHER" is not a column: such a result must not show anywhere.
                    if (random.nextInt(10) == 0) {
                      family = "OTHER";
                    }
                    Instant measured = at.minus(Duration.ofHours(random.nextInt(48)));
                    results.add(
                        result(
                                candidate,
                                family,
                                300 + random.nextInt(551),
                                measured,
                                Duration.ofHours(1 + random.nextInt(120)))
                            .writtenAt(at));
                  }
                }
              }
            });
        for (String organisation : ORGANISATIONS) {
          SharedScores.Shared kept = incremental.of(organisation, FAMILIES, at);
          SharedScores.Shared full = new SharedScores(source, clock).of(organisation, FAMILIES, at);
          assertThat(table(kept))
              .as("step %d, %s at %s", step, organisation, at)
              .isEqualTo(table(full));
          // The rankings carried forward from snapshot to snapshot equal a full rank of the
          // full re-read, and so does τ between them.
          assertThat(rankings.ranked(kept, BY_DATA).all())
              .as("step %d, %s: ranking", step, organisation)
              .isEqualTo(Ranking.rank(full.scores(), BY_DATA).all());
          assertThat(rankings.ranked(kept, BY_PYTHON).all())
              .isEqualTo(Ranking.rank(full.scores(), BY_PYTHON).all());
          ComparedRankings compared =
              ComparedRankings.of(
                  Ranking.rank(full.scores(), BY_DATA), Ranking.rank(full.scores(), BY_PYTHON));
          RankAgreement agreement = rankings.agreement(kept, BY_DATA, BY_PYTHON);
          assertThat(agreement.size()).isEqualTo(compared.size());
          if (compared.size() >= 2) {
            assertThat(agreement.coefficient())
                .as("step %d, %s: τ", step, organisation)
                .isEqualTo(compared.coefficient());
          }
          rescoredSnapshots += kept.rescored().isPresent() ? 1 : 0;
        }
        now = now.plus(Duration.ofMinutes(random.nextInt(24 * 60)));
      }
      assertThat(incremental.work().fullReads()).isEqualTo(ORGANISATIONS.size());
      assertThat(incremental.work().incrementalRefreshes()).isPositive();
      assertThat(rescoredSnapshots).as("snapshots ranked from the one before").isPositive();
    }
  }

  static final ReadinessCriteria BY_DATA =
      criteria(new double[] {2.0, 1.0, 0.0}, 600, Map.of("PYTHON", 400));

  static final ReadinessCriteria BY_PYTHON = criteria(new double[] {1.0, 0.0, 1.0}, 580, Map.of());

  /** Weights in the order of {@link #FAMILIES} (an ordered map: the same sums in every run). */
  private static ReadinessCriteria criteria(
      double[] weights, int threshold, Map<String, Integer> minimums) {
    Map<String, Double> w = new LinkedHashMap<>();
    for (int f = 0; f < FAMILIES.size(); f++) {
      w.put(FAMILIES.get(f), weights[f]);
    }
    return ReadinessCriteria.of(WeightSet.of(w), threshold, minimums);
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void dropsExpiredSharesAndFallsBackFromExpiredResultsWithoutAnyWrite(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      Instant now = Instant.parse("2026-03-01T12:00:00Z");
      db.run(
          em -> {
            ShareStore shares = new ShareStore(em);
            ResultStore results = new ResultStore(em);
            shares.add(
                new PassportShare("ann", "acme", now.minusSeconds(60), now.plusSeconds(3600)));
            shares.add(new PassportShare("bob", "acme", now.minusSeconds(60), null));
            // bob: an older result valid for a year, a newer one that expires in two hours.
            results.add(
                result("bob", "PYTHON", 500, now.minus(Duration.ofDays(30)), Duration.ofDays(365)));
            results.add(
                result("bob", "PYTHON", 700, now.minus(Duration.ofDays(1)), Duration.ofHours(26)));
          });
      SharedScores shared = new SharedScores(dataSource(db, kind), java.time.Clock.systemUTC());

      SharedScores.Shared first = shared.of("acme", FAMILIES, now);
      SharedScores.Shared afterShareEnd = shared.of("acme", FAMILIES, now.plusSeconds(3601));
      SharedScores.Shared afterResultEnd =
          shared.of("acme", FAMILIES, now.plus(Duration.ofHours(2)).plusSeconds(1));

      assertThat(first.rows()).containsOnlyKeys("ann", "bob");
      assertThat(score(first, "bob", "PYTHON")).isEqualTo(700);
      assertThat(afterShareEnd.rows()).containsOnlyKeys("bob");
      assertThat(score(afterShareEnd, "bob", "PYTHON")).isEqualTo(700);
      assertThat(score(afterResultEnd, "bob", "PYTHON")).isEqualTo(500);
      assertThat(shared.work().fullReads()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aChangeForAnotherOrganisationCausesNoWork(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      Instant now = Instant.now();
      db.run(
          em -> {
            new ShareStore(em).add(new PassportShare("ann", "acme", now.minusSeconds(60), null));
            new ShareStore(em).add(new PassportShare("fay", "other", now.minusSeconds(60), null));
          });
      SharedScores shared = new SharedScores(dataSource(db, kind), java.time.Clock.systemUTC());
      SharedScores.Shared before = shared.of("acme", FAMILIES, now);
      SharedScores.Work work = shared.work();

      db.run(
          em -> {
            new ResultStore(em)
                .add(result("fay", "PYTHON", 640, now.minusSeconds(5), Duration.ofDays(30)));
            new ShareStore(em).add(new PassportShare("gil", "other", now.minusSeconds(5), null));
            new ResultStore(em)
                .add(result("gil", "PYTHON", 610, now.minusSeconds(5), Duration.ofDays(30)));
          });
      SharedScores.Shared after = shared.of("acme", FAMILIES, now.plusSeconds(1));
      SharedScores.Work afterOther = shared.work();
      db.run(
          em ->
              new ResultStore(em)
                  .add(result("ann", "PYTHON", 700, now.minusSeconds(1), Duration.ofDays(30))));
      SharedScores.Shared own = shared.of("acme", FAMILIES, now.plusSeconds(2));

      assertThat(after).isSameAs(before);
      assertThat(afterOther).isEqualTo(work);
      assertThat(score(own, "ann", "PYTHON")).isEqualTo(700);
      assertThat(shared.work().incrementalRefreshes()).isEqualTo(work.incrementalRefreshes() + 1);
      assertThat(shared.work().candidatesReread()).isEqualTo(work.candidatesReread() + 1);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void concurrentRequestsAfterAChangeShareOneReRead(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      Instant now = Instant.now();
      db.run(
          em -> {
            for (int i = 0; i < 50; i++) {
              new ShareStore(em)
                  .add(new PassportShare("c" + i, "acme", now.minusSeconds(60), null));
            }
          });
      SharedScores shared = new SharedScores(dataSource(db, kind), java.time.Clock.systemUTC());
      shared.of("acme", FAMILIES, now);
      db.run(
          em ->
              new ResultStore(em)
                  .add(result("c7", "PYTHON", 720, now.minusSeconds(1), Duration.ofDays(30))));
      SharedScores.Work before = shared.work();

      var outcomes = Parallel.run(8, () -> shared.of("acme", FAMILIES, now.plusSeconds(1)));

      assertThat(outcomes).allMatch(Parallel.Outcome::succeeded);
      assertThat(outcomes.stream().map(Parallel.Outcome::value).distinct()).hasSize(1);
      assertThat(score(outcomes.get(0).value(), "c7", "PYTHON")).isEqualTo(720);
      assertThat(shared.work().incrementalRefreshes()).isEqualTo(before.incrementalRefreshes() + 1);
      assertThat(shared.work().candidatesReread()).isEqualTo(before.candidatesReread() + 1);
    }
  }

  private static DataSource dataSource(Database db, Database.Kind kind) {
    return SharedScoresTest.dataSource(db, kind);
  }

  private static int score(SharedScores.Shared shared, String candidate, String family) {
    return shared.scores().score(shared.rows().get(candidate), FAMILIES.indexOf(family));
  }

  /** Every row as text, so that a difference names the candidate and the cell. */
  private static List<String> table(SharedScores.Shared shared) {
    CandidateScores s = shared.scores();
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      StringBuilder row = new StringBuilder(s.id(i));
      assertThat(shared.rows().get(s.id(i))).isEqualTo(i);
      for (int f = 0; f < FAMILIES.size(); f++) {
        row.append(' ').append(s.score(i, f)).append('±').append(s.sem(i, f));
      }
      rows.add(row.toString());
    }
    return rows;
  }

  private static FamilyResult result(
      String candidate, String family, int score, Instant measured, Duration valid) {
    return new FamilyResult(
        candidate,
        family,
        (score - 575) / 75.0,
        0.4,
        score,
        20 + score % 17,
        Math.max(300, score - 59),
        Math.min(850, score + 59),
        Provenance.PROCTORED,
        measured,
        measured.plus(valid),
        "test");
  }
}
