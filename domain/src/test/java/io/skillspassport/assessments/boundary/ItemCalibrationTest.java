package io.skillspassport.assessments.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillspassport.assessments.control.AttemptStore;
import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.assessments.control.FixedParameterCalibration;
import io.skillspassport.assessments.control.ItemStore;
import io.skillspassport.assessments.control.RecoverySimulation;
import io.skillspassport.assessments.control.ScoredAttempt;
import io.skillspassport.assessments.entity.AssessmentAttempt;
import io.skillspassport.assessments.entity.AssessmentFamily;
import io.skillspassport.assessments.entity.AssessmentItem;
import io.skillspassport.assessments.entity.BankSubskill;
import io.skillspassport.assessments.entity.ParameterStatus;
import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.content.control.ShippedContent;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.roles.boundary.ShippedRoles;
import io.skillspassport.roles.control.RoleStore;
import io.skillspassport.testing.Database;
import io.skillspassport.testing.FixedCaller;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The calibration use case on a shipped bank (Cognitive Reasoning: 3PL items, four pretest items)
 * in a real database (H2): statistics, the refusal below the minimum, the preview, publishing a new
 * bank version and the recovery check. Responses are simulated through the real adaptive test with
 * a fixed seed, and stored as ended attempts the way the portal stores them.
 */
class ItemCalibrationTest {

  private static final String FAMILY = "COGNITIVE_REASONING";
  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
  private static final long SEED = 20261130L;

  private final List<String> audited = new ArrayList<>();

  @Test
  void tooFewResponsesAreRefusedWithTheMinimumAndNothingIsPublished() {
    try (Database db = Database.fresh(Database.Kind.H2)) {
      install(db);
      store(db, simulate(db, 40), 40, Optional.empty());

      assertThatThrownBy(() -> db.inTransaction(em -> admin(em).preview(FAMILY)))
          .isInstanceOf(Rejected.class)
          .hasMessageContaining("No pretest item has the 500 responses");
      assertThatThrownBy(() -> db.inTransaction(em -> admin(em).publish(FAMILY, 1, 0)))
          .isInstanceOf(Rejected.class);
      BankStatistics stats = db.inTransaction(em -> admin(em).statistics(FAMILY));
      assertThat(stats.activeVersion()).isEqualTo(1);
      assertThat(stats.finishedAttempts()).isEqualTo(40);
      assertThat(stats.items()).filteredOn(ItemStatistic::pretest).hasSize(4);
      assertThat(stats.items().stream().mapToInt(ItemStatistic::responses).sum())
          .as("every simulated answer is counted once")
          .isEqualTo(answers(db));
    }
  }

  @Test
  void onlyAdminsSeeStatisticsOrCalibrate() {
    try (Database db = Database.fresh(Database.Kind.H2)) {
      install(db);
      assertThatThrownBy(() -> db.inTransaction(em -> as(em, candidate()).statistics(FAMILY)))
          .isInstanceOf(AccessDenied.class);
      assertThatThrownBy(() -> db.inTransaction(em -> as(em, candidate()).preview(FAMILY)))
          .isInstanceOf(AccessDenied.class);
      assertThatThrownBy(() -> db.inTransaction(em -> as(em, candidate()).publish(FAMILY, 1, 1)))
          .isInstanceOf(AccessDenied.class);
      assertThatThrownBy(() -> db.inTransaction(em -> as(em, candidate()).recovery(FAMILY, 10, 1)))
          .isInstanceOf(AccessDenied.class);
    }
  }

  @Test
  void aConfirmedCalibrationPublishesANewVersionWithTheEstimatedItemCalibrated() {
    try (Database db = Database.fresh(Database.Kind.H2)) {
      install(db);
      String pretest = pretestCodes(db).get(0);
      // 650 simulated attempts, every one serving the same pretest item (the others get none).
      store(db, simulate(db, 3000), 650, Optional.of(pretest));

      CalibrationPreview preview = db.inTransaction(em -> admin(em).preview(FAMILY));
      assertThat(preview.changes()).extracting(ParameterChange::code).containsExactly(pretest);
      ParameterChange change = preview.changes().get(0);
      assertThat(change.responses()).isEqualTo(650);
      assertThat(change.seA()).isPresent();
      assertThat(change.seA().getAsDouble()).isBetween(0.01, 1.0);
      assertThat(change.newC()).isPresent();
      assertThat(preview.tooFew()).hasSize(3);
      assertThat(preview.activeVersion()).isEqualTo(1);
      List<AssessmentItem> before = db.inTransaction(em -> new ItemStore(em).activeBank(FAMILY));
      assertThat(before).as("a preview publishes nothing").allMatch(i -> i.contentVersion() == 1);

      assertThatThrownBy(
              () -> db.inTransaction(em -> admin(em).publish(FAMILY, 1, preview.responses() + 1)))
          .isInstanceOf(Conflict.class)
          .hasMessageContaining("run the calibration again");

      int version = db.inTransaction(em -> admin(em).publish(FAMILY, 1, preview.responses()));

      assertThat(version).isEqualTo(2);
      List<AssessmentItem> active = db.inTransaction(em -> new ItemStore(em).activeBank(FAMILY));
      assertThat(active).hasSize(65).allMatch(i -> i.contentVersion() == 2);
      AssessmentItem calibrated =
          active.stream().filter(i -> i.code().equals(pretest)).findFirst().orElseThrow();
      assertThat(calibrated.parameterStatus()).isEqualTo(ParameterStatus.CALIBRATED);
      assertThat(calibrated.calibrationResponses()).isEqualTo(650);
      assertThat(calibrated.calibratedAt()).contains(NOW);
      assertThat(calibrated.discrimination()).isEqualTo(change.newA());
      assertThat(calibrated.scoringItem().threshold(0)).isEqualTo(change.newB().get(0));
      assertThat(calibrated.guessing()).hasValue(change.newC().getAsDouble());
      assertThat(active.stream().filter(i -> !i.code().equals(pretest)))
          .allMatch(i -> i.parameterStatus() == ParameterStatus.PROVISIONAL)
          .allMatch(i -> i.calibratedAt().isEmpty());
      Map<String, AssessmentItem> old = new HashMap<>();
      db.inTransaction(em -> new ItemStore(em).version(FAMILY, 1))
          .forEach(i -> old.put(i.code(), i));
      assertThat(old.values()).hasSize(65).allMatch(AssessmentItem::isRetired);
      for (AssessmentItem i : active) {
        if (!i.code().equals(pretest)) {
          assertThat(i.scoringItem().discrimination())
              .isEqualTo(old.get(i.code()).scoringItem().discrimination());
          assertThat(i.scoringItem().threshold(0))
              .isEqualTo(old.get(i.code()).scoringItem().threshold(0));
          assertThat(i.guessing()).isEqualTo(old.get(i.code()).guessing());
        }
        assertThat(i.isPretest()).isEqualTo(old.get(i.code()).isPretest());
      }
      List<BankSubskill> newSubskills =
          db.inTransaction(em -> new ItemStore(em).subskills(FAMILY, 2));
      List<BankSubskill> oldSubskills =
          db.inTransaction(em -> new ItemStore(em).subskills(FAMILY, 1));
      assertThat(newSubskills).isNotEmpty().hasSameSizeAs(oldSubskills);
      long onVersionOne =
          db.inTransaction(
              em ->
                  em.createQuery(
                          "select count(a) from AssessmentAttempt a where a.contentVersion = 1",
                          Long.class)
                      .getSingleResult());
      assertThat(onVersionOne)
          .as("the stored attempts keep the version they were taken with")
          .isEqualTo(650L);
      assertThat(audited).anyMatch(a -> a.contains("version 2: calibration (3pl"));
      assertThat(db.inTransaction(em -> admin(em).statistics(FAMILY)).activeVersion()).isEqualTo(2);
    }
  }

  @Test
  void theSeededRecoveryCheckIsReproducibleAndBeatsTheProvisionalParameters() {
    try (Database db = Database.fresh(Database.Kind.H2)) {
      install(db);
      RecoveryCheck first = db.inTransaction(em -> admin(em).recovery(FAMILY, 2400, SEED));
      List<ScoredAttempt> once = simulate(db, 30);
      List<ScoredAttempt> twice = simulate(db, 30);

      assertThat(twice).as("the same seed simulates the same attempts").isEqualTo(once);
      assertThat(first.calibration().changes()).hasSize(4);
      assertThat(first.calibration().changes())
          .allMatch(c -> c.responses() >= FixedParameterCalibration.MIN_RESPONSES)
          .allMatch(c -> c.generatingA().isPresent());
      assertThat(first.rmseB()).isLessThan(first.provisionalRmseB());
      assertThat(first.rmseA()).isFinite().isPositive();
      assertThat(first.rmseB()).isLessThan(0.35);
      System.out.printf(
          "recovery %s N=%d seed=%d: %s%n", FAMILY, first.candidates(), SEED, first.summary());
      assertThat(db.inTransaction(em -> admin(em).statistics(FAMILY)).finishedAttempts())
          .as("a recovery check stores nothing")
          .isZero();
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  private static void install(Database db) {
    db.run(
        em ->
            new ShippedContent(
                    new ShippedBanks(new FamilyStore(em), new ItemStore(em)),
                    new ShippedRoles(new RoleStore(em)),
                    Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC),
                    ItemCalibrationTest.class.getClassLoader())
                .install());
  }

  private static List<String> pretestCodes(Database db) {
    return db.inTransaction(
        em ->
            new ItemStore(em)
                .activeBank(FAMILY).stream()
                    .filter(AssessmentItem::isPretest)
                    .map(AssessmentItem::code)
                    .toList());
  }

  /** Simulated attempts through the real adaptive test (seeded). */
  private static List<ScoredAttempt> simulate(Database db, int candidates) {
    return db.inTransaction(
        em -> {
          ItemStore items = new ItemStore(em);
          AssessmentFamily family = new FamilyStore(em).byCode(FAMILY).orElseThrow();
          List<AssessmentItem> bank = items.activeBank(FAMILY);
          return RecoverySimulation.run(
                  bank, items.subskills(FAMILY, 1), family.delivery(), candidates * 4, SEED)
              .attempts();
        });
  }

  /**
   * Stores the first {@code wanted} simulated attempts (with {@code onlyPretest}: of those whose
   * pretest item is that one; the test simulates enough, checked) as ended adaptive attempts.
   */
  private void store(
      Database db, List<ScoredAttempt> simulated, int wanted, Optional<String> onlyPretest) {
    List<ScoredAttempt> chosen =
        simulated.stream()
            .filter(a -> onlyPretest.isEmpty() || a.pretest().equals(onlyPretest))
            .limit(wanted)
            .toList();
    assertThat(chosen).hasSize(wanted);
    db.run(
        em -> {
          Map<String, AssessmentItem> byCode = new HashMap<>();
          new ItemStore(em).activeBank(FAMILY).forEach(i -> byCode.put(i.code(), i));
          AttemptStore attempts = new AttemptStore(em);
          int n = 0;
          for (ScoredAttempt s : chosen) {
            List<String> order = new ArrayList<>(s.scored().keySet());
            Instant start = NOW.minus(Duration.ofDays(3)).plusSeconds(60L * n);
            AssessmentAttempt attempt =
                AssessmentAttempt.adaptive(
                    "sim-" + n++,
                    byCode.get(order.get(0)),
                    n,
                    start,
                    start.plus(Duration.ofHours(1)),
                    s.pretest().map(byCode::get),
                    order.indexOf(s.pretest().orElse(order.get(0))) + 1);
            for (int p = 0; p < order.size(); p++) {
              AssessmentItem item = byCode.get(order.get(p));
              if (p > 0) {
                attempt.serve(item);
              }
              attempt.answer(
                  p + 1, item, option(item, s.scored().get(item.code())), start.plusSeconds(p + 1));
            }
            attempt.end(
                "TARGET_SE_REACHED", start.plusSeconds(600), java.util.OptionalLong.empty());
            attempts.add(attempt);
          }
        });
  }

  /** An option of the item whose scored response is {@code scored}. */
  private static int option(AssessmentItem item, int scored) {
    for (int o = 0; o < item.options().size(); o++) {
      if (item.scoredResponse(o) == scored) {
        return o;
      }
    }
    throw new AssertionError(item.code() + " has no option scored " + scored);
  }

  private static int answers(Database db) {
    return db.inTransaction(
        em ->
            em.createQuery("select count(a) from AttemptAnswer a", Long.class)
                .getSingleResult()
                .intValue());
  }

  private ItemCalibration admin(EntityManager em) {
    return as(em, new FixedCaller("ada", null, Set.of(Caller.ADMIN)));
  }

  private static FixedCaller candidate() {
    return FixedCaller.candidate("cara");
  }

  private ItemCalibration as(EntityManager em, FixedCaller caller) {
    ItemCalibration calibration = new ItemCalibration();
    calibration.clock = Clock.systemUTC();
    calibration.caller = caller;
    calibration.guard = new Guard(caller);
    calibration.items = new ItemStore(em);
    calibration.families = new FamilyStore(em);
    calibration.attempts = new AttemptStore(em);
    calibration.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    calibration.audit =
        new AuditTrail() {
          @Override
          public void record(AuditAction action, String target, String detail) {
            audited.add(detail);
          }
        };
    return calibration;
  }
}
