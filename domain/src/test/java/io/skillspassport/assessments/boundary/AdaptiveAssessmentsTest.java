package io.skillspassport.assessments.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillspassport.assessments.control.AttemptStore;
import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.assessments.control.ItemStore;
import io.skillspassport.assessments.entity.AssessmentAttempt;
import io.skillspassport.content.control.ShippedContent;
import io.skillspassport.passports.boundary.AssessedResults;
import io.skillspassport.passports.control.ResultStore;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.roles.boundary.ShippedRoles;
import io.skillspassport.roles.control.RoleStore;
import io.skillspassport.testing.Database;
import io.skillspassport.testing.FixedCaller;
import io.skillspassport.testing.RecordingEvent;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The adaptive delivery of a shipped family (Python Fundamentals: 60 operational and 4 pretest
 * multiple-choice items, provisional 3PL) end to end through the boundary and a real database (H2
 * and PostgreSQL): seeded answering strategies, no skipping, no changing, one unscored pretest
 * item, the time limit and the unreached-item rule.
 *
 * <p>Expected scores are computed here, independently of the portal's loader and scoring: the test
 * reads the item parameters and pretest flags straight from the shipped bank file and scores the
 * operational items served and the responses given by its own EAP (N(0,1) prior, a 1601-point grid
 * on [−8, 8], 3PL {@code c + (1 − c)/(1 + exp(−a(θ − b)))}), then applies the scale formula of the
 * product brief, {@code clamp(floor(575 + 75·θ + 0.5), 300, 850)}.
 *
 * <p>The family's delivery settings (V13 defaults) are a minimum of 8 and a maximum of 30 scored
 * items and a target posterior SD of 0.30.
 */
class AdaptiveAssessmentsTest {

  private static final String PYTHON = "PYTHON_FUNDAMENTALS";
  private static final int MIN_ITEMS = 8;
  private static final int MAX_ITEMS = 30;
  private static final double TARGET_SE = 0.30;

  /** code → {a, b, c, correct option, number of options, 1 if pretest else 0}, from the file. */
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

      assertThat(served.stream().map(s -> s[0]).distinct()).hasSize(served.size());
      List<Integer> pretestPositions = new ArrayList<>();
      for (int p = 0; p < served.size(); p++) {
        if (pretest(served.get(p)[0])) {
          pretestPositions.add(p + 1);
        }
      }
      // Exactly one unscored pretest item, served within the minimum length (positions 2..8).
      assertThat(pretestPositions).hasSize(1);
      assertThat(pretestPositions.get(0)).isBetween(2, MIN_ITEMS);
      int scored = served.size() - 1;
      double[] eap = independentEap(served);
      assertThat(result.reported()).isEqualTo(reported(eap[0]));
      assertThat(result.thetaSe()).isCloseTo(eap[1], org.assertj.core.data.Offset.offset(1e-3));
      assertThat(result.itemsAdministered()).isEqualTo(scored);
      assertThat(result.unreached()).isZero();
      assertThat(result.provisional()).isTrue();
      assertThat(result.bankVersion()).isEqualTo(2);
      // The stopping rule that ended it, consistent with the independent posterior SD.
      if (scored == MAX_ITEMS) {
        assertThat(result.endedBy()).isEqualTo(SampleEnding.MAXIMUM_LENGTH);
        assertThat(result.maxItems()).isEqualTo(MAX_ITEMS);
      } else {
        assertThat(scored).isBetween(MIN_ITEMS, MAX_ITEMS - 1);
        assertThat(eap[1]).isLessThanOrEqualTo(TARGET_SE + 1e-3);
        assertThat(result.endedBy()).isEqualTo(SampleEnding.TARGET_SE_REACHED);
        assertThat(result.targetSe())
            .isCloseTo(TARGET_SE, org.assertj.core.data.Offset.offset(1e-9));
      }
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
          .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.field()).isEqualTo("response"))
          .hasMessageContaining("cannot be skipped");
      assertThat(db.inTransaction(em -> samples(em, "cara", 5).progress(id)).answered()).isZero();

      db.inTransaction(em -> samples(em, "cara", 5).answer(id, 1, Optional.of(0)));
      assertThatThrownBy(
              () -> db.inTransaction(em -> samples(em, "cara", 5).answer(id, 1, Optional.of(1))))
          .isExactlyInstanceOf(Conflict.class)
          .hasMessage(
              "Item 1 is already answered and cannot be changed: the adaptive test chose the next"
                  + " item from that answer.");
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

  /** The portal's items-served metric counts these: one per item chosen, none for a resume. */
  @ParameterizedTest
  @EnumSource(Database.Kind.class)
  void eachItemChosenIsAnnouncedOnceAndAResumeOrARefusedAnswerIsNot(Database.Kind kind) {
    try (Database db = Database.fresh(kind)) {
      install(db);
      RecordingEvent<ItemServed> served = new RecordingEvent<>();
      long id = db.inTransaction(em -> samples(em, "cara", 5, served).start(PYTHON)).attemptId();
      assertThat(served.fired()).containsExactly(new ItemServed(PYTHON));

      db.inTransaction(em -> samples(em, "cara", 5, served).start(PYTHON)); // a resume
      assertThatThrownBy(
          () ->
              db.inTransaction(
                  em -> samples(em, "cara", 5, served).answer(id, 1, Optional.empty())));
      assertThat(served.fired()).hasSize(1);

      db.inTransaction(em -> samples(em, "cara", 5, served).answer(id, 1, Optional.of(0)));
      db.inTransaction(em -> samples(em, "cara", 5, served).answer(id, 2, Optional.of(0)));
      assertThat(served.fired())
          .containsExactly(new ItemServed(PYTHON), new ItemServed(PYTHON), new ItemServed(PYTHON));
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
      // The ten items shown hold the attempt's one pretest item (served at position 2..8).
      long scoredOfTen =
          java.util.stream.IntStream.rangeClosed(1, 10)
              .filter(p -> !pretest(currentCode(db, stopper, p)))
              .count();

      db.inTransaction(em -> samples(em, "stopper", seed).endNow(stopper));
      goOn(db, "wrong", seed, wrong, false);
      goOn(db, "right", seed, right, true);

      SampleResult stopped = db.inTransaction(em -> samples(em, "stopper", seed).result(stopper));
      SampleResult allWrong = db.inTransaction(em -> samples(em, "wrong", seed).result(wrong));
      SampleResult allRight = db.inTransaction(em -> samples(em, "right", seed).result(right));

      assertThat(stopped.reported()).isEqualTo(allWrong.reported());
      assertThat(stopped.theta()).isEqualTo(allWrong.theta());
      assertThat(stopped.reported()).isLessThanOrEqualTo(allRight.reported());
      assertThat(scoredOfTen).isEqualTo(9);
      assertThat(stopped.itemsAdministered()).isEqualTo(9);
      // Unreached: the scored items the all-wrong continuation went on to answer.
      assertThat(stopped.unreached()).isEqualTo(allWrong.itemsAdministered() - 9).isPositive();
      assertThat(stopped.endedBy()).isEqualTo(SampleEnding.ENDED_BY_CANDIDATE);
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
      // The attempt's pretest item (position 2..8) may be among the five; it is not scored.
      long scored =
          java.util.stream.IntStream.rangeClosed(1, 5)
              .filter(p -> !pretest(currentCode(db, id, p)))
              .count();
      SampleProgress ended = db.inTransaction(em -> samples(em, "cara", 9).endNow(id));

      assertThat(ended.inProgress()).isFalse();
      assertThat(ended.scored()).isFalse();
      assertThat(scored).isBetween(4L, 5L);
      assertThatThrownBy(() -> db.inTransaction(em -> samples(em, "cara", 9).result(id)))
          .isExactlyInstanceOf(Conflict.class)
          .hasMessageContaining("after " + scored + " scored items, before the minimum of 8");
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
      // The nine items shown hold the attempt's one pretest item (served at position 2..8).
      long scoredOfNine =
          java.util.stream.IntStream.rangeClosed(1, 9)
              .filter(p -> !pretest(currentCode(db, id, p)))
              .count();
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
      assertThat(scoredOfNine).isEqualTo(8);
      assertThat(result.itemsAdministered()).isEqualTo(8);
      // The continuation answers every further item wrongly, so θ̂ falls to where the 3PL items
      // (c = 0.25) carry almost no information: the posterior SD stays far above 0.30 and the
      // continuation runs to the maximum length.
      assertThat(result.unreached()).isEqualTo(MAX_ITEMS - 8);
      assertThat(result.endedBy()).isEqualTo(SampleEnding.TIMED_OUT);
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
    return (int) PARAMETERS.get(code)[3];
  }

  /** A wrong option among the item's own options (banks have 3 to 5). */
  private static int wrong(Database db, String code) {
    double[] item = PARAMETERS.get(code);
    return ((int) item[3] + 1) % (int) item[4];
  }

  private static boolean pretest(String code) {
    return PARAMETERS.get(code)[5] == 1;
  }

  private static int reported(double theta) {
    return (int) Math.max(300, Math.min(850, Math.floor(575 + 75 * theta + 0.5)));
  }

  /**
   * EAP and posterior SD under N(0,1) on a 1601-point grid, 3PL from the bank file; answers to
   * pretest items do not count.
   */
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
        if (ab[5] == 1) {
          continue;
        }
        double p = ab[2] + (1 - ab[2]) / (1 + Math.exp(-ab[0] * (t[g] - ab[1])));
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

  /** code → {a, b, c, correct option, options, pretest} read from the shipped bank file itself. */
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
              item.containsKey("c") ? item.getJsonNumber("c").doubleValue() : 0,
              item.getInt("correct"),
              item.getJsonArray("options").size(),
              item.getBoolean("pretest", false) ? 1 : 0
            });
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return parameters;
  }

  /**
   * A new attempt during the retake cooldown (24 hours, the default) is a {@link Conflict} whose
   * sentence names the minute a retake opens, rounded up so that it never lies before the real end:
   * an attempt ended at 10:05:30.250 may be retaken from 10:06 the next day, and is, at the end
   * itself (10:05:30.250), not a millisecond earlier.
   */
  @Test
  void aRetakeDuringTheCooldownIsAConflictNamingTheMinuteItOpensRoundedUp() {
    try (Database db = Database.fresh(Database.Kind.H2)) {
      install(db);
      long id =
          db.inTransaction(em -> at("2026-11-30T10:00:00Z", samples(em, "dora", 5)).start(PYTHON))
              .attemptId();
      db.inTransaction(em -> at("2026-11-30T10:05:30.250Z", samples(em, "dora", 5)).endNow(id));

      assertThatThrownBy(
              () ->
                  db.inTransaction(
                      em -> at("2026-12-01T10:05:30.249Z", samples(em, "dora", 5)).start(PYTHON)))
          .isExactlyInstanceOf(Conflict.class)
          .hasMessage(
              "You took the Python Fundamentals sample recently; you can retake it from"
                  + " 2026-12-01 10:06 UTC.");
      long retaken =
          db.inTransaction(
                  em -> at("2026-12-01T10:05:30.250Z", samples(em, "dora", 5)).start(PYTHON))
              .attemptId();
      assertThat(retaken).isNotEqualTo(id);
    }
  }

  private static SampleAssessments at(String instant, SampleAssessments samples) {
    samples.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    return samples;
  }

  private static void install(Database db) {
    db.run(
        em ->
            new ShippedContent(
                    new ShippedBanks(new FamilyStore(em), new ItemStore(em)),
                    new ShippedRoles(new RoleStore(em)),
                    Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC),
                    AdaptiveAssessmentsTest.class.getClassLoader())
                .install());
  }

  private static SampleAssessments samples(EntityManager em, String who, long seed) {
    return samples(em, who, seed, new RecordingEvent<>());
  }

  private static SampleAssessments samples(
      EntityManager em, String who, long seed, RecordingEvent<ItemServed> served) {
    FixedCaller caller = FixedCaller.candidate(who);
    SampleAssessments samples = new SampleAssessments();
    samples.clock = Clock.systemUTC();
    samples.caller = caller;
    samples.guard = new Guard(caller);
    samples.families = new FamilyStore(em);
    samples.items = new ItemStore(em);
    samples.attempts = new AttemptStore(em);
    samples.results = new AssessedResults(new ResultStore(em), caller, samples.clock);
    samples.served = served;
    samples.seeds = () -> seed;
    return samples;
  }
}
