package io.skillspassport.assessments.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillspassport.assessments.control.AttemptStore;
import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.assessments.control.ItemStore;
import io.skillspassport.assessments.entity.AnswerFinal;
import io.skillspassport.assessments.entity.AssessmentAttempt;
import io.skillspassport.content.control.ShippedContent;
import io.skillspassport.passports.boundary.AssessedResults;
import io.skillspassport.passports.control.ResultStore;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.roles.control.RoleStore;
import io.skillspassport.testing.Database;
import io.skillspassport.testing.FixedCaller;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The adaptive delivery of a shipped family (Python Fundamentals, 24 2PL items) end to end through
 * the boundary and a real database (H2 and PostgreSQL): seeded answering strategies, no skipping,
 * no changing, the time limit and the unreached-item rule.
 *
 * <p>Expected scores are computed here, independently of the portal's loader and scoring: the test
 * reads the item parameters straight from the shipped bank file and scores the items served and the
 * responses given by its own EAP (N(0,1) prior, a 1601-point grid on [−8, 8]), then applies the
 * scale formula of the product brief, {@code clamp(floor(575 + 75·θ + 0.5), 300, 850)}.
 */
class AdaptiveAssessmentsTest {

  private static final String PYTHON = "PYTHON_FUNDAMENTALS";
  private static final Map<String, double[]> PARAMETERS = parametersFromTheBankFile();

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void aSeededCandidateCompletesTheTestAndGetsTheIndependentlyComputedScore(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      install(db);
      SplittableRandom strategy = new SplittableRandom(20261130);
      List<String[]> served = new ArrayList<>();
      SampleProgress progress = db.inTransaction(em -> samples(em, "cara", 77).start(PYTHON));
      while (progress.inProgress()) {
        long id = progress.attemptId();
        int position = progress.position();
        String code = currentCode(db, id, position);
        int option = strategy.nextDouble() < 0.6 ? key(db, code) : wrong(db, code);
        served.add(new String[] {code, Integer.toString(option == key(db, code) ? 1 : 0)});
        progress =
            db.inTransaction(
                em -> samples(em, "cara", 77).answer(id, position, Optional.of(option)));
      }
      long attempt = progress.attemptId();
      SampleResult result = db.inTransaction(em -> samples(em, "cara", 77).result(attempt));

      assertThat(served).hasSize(24);
      assertThat(served.stream().map(s -> s[0]).distinct()).hasSize(24);
      double[] eap = independentEap(served);
      assertThat(result.reported()).isEqualTo(reported(eap[0]));
      assertThat(result.thetaSe()).isCloseTo(eap[1], org.assertj.core.data.Offset.offset(1e-3));
      assertThat(result.itemsAdministered()).isEqualTo(24);
      assertThat(result.unreached()).isZero();
      assertThat(result.provisional()).isTrue();
      assertThat(result.bankVersion()).isEqualTo(1);
      assertThat(result.endedBecause()).contains("no further suitable item");
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void anItemCannotBeSkippedNorChangedOnceAnswered(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      install(db);
      SampleProgress start = db.inTransaction(em -> samples(em, "cara", 5).start(PYTHON));
      long id = start.attemptId();

      assertThatThrownBy(
              () -> db.inTransaction(em -> samples(em, "cara", 5).answer(id, 1, Optional.empty())))
          .isInstanceOf(AnswerRequired.class)
          .hasMessageContaining("cannot be skipped");
      assertThat(db.inTransaction(em -> samples(em, "cara", 5).progress(id)).answered()).isZero();

      db.inTransaction(em -> samples(em, "cara", 5).answer(id, 1, Optional.of(0)));
      assertThatThrownBy(
              () -> db.inTransaction(em -> samples(em, "cara", 5).answer(id, 1, Optional.of(1))))
          .isInstanceOf(AnswerFinal.class)
          .hasMessageContaining("cannot be changed");
      SampleItem first = db.inTransaction(em -> samples(em, "cara", 5).item(id, 1));
      assertThat(first.savedResponse()).hasValue(0);
      assertThat(first.current()).isFalse();
      // A reload resumes at the current item.
      SampleProgress resumed = db.inTransaction(em -> samples(em, "cara", 5).start(PYTHON));
      assertThat(resumed.attemptId()).isEqualTo(id);
      assertThat(resumed.position()).isEqualTo(2);
      assertThat(db.inTransaction(em -> samples(em, "cara", 5).item(id, 2)).current()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void stoppingEarlyScoresLikeGoingOnWithWrongAnswersAndNoHigherThanGoingOnRightly(
      Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      install(db);
      long seed = 31;
      // Three candidates with the same attempt seed give the same ten answers (by a seeded
      // strategy), so the test serves them the same items; then one stops, one goes on with wrong
      // answers and one with right answers.
      long stopper = answerTen(db, "stopper", seed);
      long wrong = answerTen(db, "wrong", seed);
      long right = answerTen(db, "right", seed);

      db.inTransaction(em -> samples(em, "stopper", seed).endNow(stopper));
      goOn(db, "wrong", seed, wrong, false);
      goOn(db, "right", seed, right, true);

      SampleResult stopped = db.inTransaction(em -> samples(em, "stopper", seed).result(stopper));
      SampleResult allWrong = db.inTransaction(em -> samples(em, "wrong", seed).result(wrong));
      SampleResult allRight = db.inTransaction(em -> samples(em, "right", seed).result(right));

      assertThat(stopped.reported()).isEqualTo(allWrong.reported());
      assertThat(stopped.theta()).isEqualTo(allWrong.theta());
      assertThat(stopped.reported()).isLessThanOrEqualTo(allRight.reported());
      assertThat(stopped.itemsAdministered()).isEqualTo(10);
      assertThat(stopped.unreached()).isEqualTo(14);
      assertThat(stopped.endedBecause()).contains("ended the test early");
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void anAttemptEndedBeforeTheMinimumGivesNoScore(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      install(db);
      SampleProgress start = db.inTransaction(em -> samples(em, "cara", 9).start(PYTHON));
      long id = start.attemptId();
      for (int p = 1; p <= 5; p++) {
        int position = p;
        db.inTransaction(em -> samples(em, "cara", 9).answer(id, position, Optional.of(1)));
      }
      SampleProgress ended = db.inTransaction(em -> samples(em, "cara", 9).endNow(id));

      assertThat(ended.inProgress()).isFalse();
      assertThat(ended.scored()).isFalse();
      assertThatThrownBy(() -> db.inTransaction(em -> samples(em, "cara", 9).result(id)))
          .isInstanceOf(NoScore.class)
          .hasMessageContaining("after 5 scored items, before the minimum of 8");
      List<?> history = db.inTransaction(em -> new ResultStore(em).history("cara"));
      assertThat(history).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void anAnswerAfterTheDeadlineIsRefusedAndTheAttemptClosesByTheRule(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      install(db);
      SampleProgress start = db.inTransaction(em -> samples(em, "cara", 11).start(PYTHON));
      long id = start.attemptId();
      for (int p = 1; p <= 9; p++) {
        int position = p;
        db.inTransaction(em -> samples(em, "cara", 11).answer(id, position, Optional.of(2)));
      }
      db.run(
          em ->
              em.createNativeQuery(
                      "update assessment_attempt set deadline = started_at where id = ?")
                  .setParameter(1, id)
                  .executeUpdate());

      SampleProgress late =
          db.inTransaction(em -> samples(em, "cara", 11).answer(id, 10, Optional.of(0)));

      assertThat(late.inProgress()).isFalse();
      assertThat(late.notice()).hasValueSatisfying(n -> assertThat(n).contains("not saved"));
      assertThat(late.answered()).isEqualTo(9);
      SampleResult result = db.inTransaction(em -> samples(em, "cara", 11).result(id));
      assertThat(result.itemsAdministered()).isEqualTo(9);
      assertThat(result.unreached()).isEqualTo(15);
      assertThat(result.endedBecause()).contains("time limit");
    }
  }

  // --- helpers --------------------------------------------------------------------------------

  private static long answerTen(Database db, String who, long seed) {
    SplittableRandom strategy = new SplittableRandom(4);
    long id = db.inTransaction(em -> samples(em, who, seed).start(PYTHON)).attemptId();
    for (int p = 1; p <= 10; p++) {
      int position = p;
      String code = currentCode(db, id, position);
      int option = strategy.nextBoolean() ? key(db, code) : wrong(db, code);
      db.inTransaction(em -> samples(em, who, seed).answer(id, position, Optional.of(option)));
    }
    return id;
  }

  private static void goOn(Database db, String who, long seed, long id, boolean right) {
    SampleProgress progress = db.inTransaction(em -> samples(em, who, seed).progress(id));
    while (progress.inProgress()) {
      int position = progress.position();
      String code = currentCode(db, id, position);
      int option = right ? key(db, code) : wrong(db, code);
      progress =
          db.inTransaction(em -> samples(em, who, seed).answer(id, position, Optional.of(option)));
    }
  }

  private static String currentCode(Database db, long attempt, int position) {
    return db.inTransaction(
        em -> {
          AssessmentAttempt a = new AttemptStore(em).byId(attempt).orElseThrow();
          return new ItemStore(em).byId(a.itemIdAt(position)).orElseThrow().code();
        });
  }

  /** The key's option index, from the bank file. */
  private static int key(Database db, String code) {
    return (int) PARAMETERS.get(code)[2];
  }

  private static int wrong(Database db, String code) {
    return ((int) PARAMETERS.get(code)[2] + 1) % 4;
  }

  private static int reported(double theta) {
    return (int) Math.max(300, Math.min(850, Math.floor(575 + 75 * theta + 0.5)));
  }

  /** EAP and posterior SD under N(0,1) on a 1601-point grid, 2PL from the bank file. */
  private static double[] independentEap(List<String[]> responses) {
    int points = 1601;
    double sum = 0;
    double first = 0;
    double[] w = new double[points];
    double[] t = new double[points];
    for (int g = 0; g < points; g++) {
      t[g] = -8 + 16.0 * g / (points - 1);
      double log = -t[g] * t[g] / 2;
      for (String[] r : responses) {
        double[] ab = PARAMETERS.get(r[0]);
        double p = 1 / (1 + Math.exp(-ab[0] * (t[g] - ab[1])));
        log += Math.log(r[1].equals("1") ? p : 1 - p);
      }
      w[g] = Math.exp(log);
      sum += w[g];
      first += w[g] * t[g];
    }
    double mean = first / sum;
    double second = 0;
    for (int g = 0; g < points; g++) {
      second += w[g] * (t[g] - mean) * (t[g] - mean);
    }
    return new double[] {mean, Math.sqrt(second / sum)};
  }

  /** code → {a, b, correct option} read from the shipped bank file itself. */
  private static Map<String, double[]> parametersFromTheBankFile() {
    Map<String, double[]> parameters = new HashMap<>();
    try (InputStream in =
            AdaptiveAssessmentsTest.class
                .getClassLoader()
                .getResourceAsStream("content/items/python-fundamentals.json");
        JsonReader reader = Json.createReader(in)) {
      JsonObject bank = reader.readObject();
      for (JsonValue value : bank.getJsonArray("items")) {
        JsonObject item = value.asJsonObject();
        parameters.put(
            item.getString("code"),
            new double[] {
              item.getJsonNumber("a").doubleValue(),
              item.getJsonNumber("b").doubleValue(),
              item.getInt("correct")
            });
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return parameters;
  }

  private static void install(Database db) {
    db.run(
        em ->
            new ShippedContent(
                    new FamilyStore(em),
                    new RoleStore(em),
                    new ItemStore(em),
                    Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC),
                    AdaptiveAssessmentsTest.class.getClassLoader())
                .install());
  }

  private static SampleAssessments samples(EntityManager em, String who, long seed) {
    FixedCaller caller = FixedCaller.candidate(who);
    SampleAssessments samples = new SampleAssessments();
    samples.caller = caller;
    samples.guard = new Guard(caller);
    samples.families = new FamilyStore(em);
    samples.items = new ItemStore(em);
    samples.attempts = new AttemptStore(em);
    samples.results = new AssessedResults(new ResultStore(em), caller);
    samples.seeds = () -> seed;
    return samples;
  }
}
