package io.skillspassport.imports.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.boundary.TestAuditTrail;
import io.skillspassport.audit.control.AuditLogFixture;
import io.skillspassport.imports.control.ImportStore;
import io.skillspassport.imports.entity.AssessmentEngine;
import io.skillspassport.imports.entity.EquatingMethod;
import io.skillspassport.imports.entity.ImportStatus;
import io.skillspassport.imports.entity.ImportedResult;
import io.skillspassport.passports.boundary.FamilyStanding;
import io.skillspassport.passports.boundary.PassportResult;
import io.skillspassport.passports.boundary.TestPassports;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.NotFound;
import io.skillspassport.platform.boundary.Problem;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.testing.Database;
import io.skillspassport.testing.FixedCaller;
import io.skillspassport.testing.ShippedFamiliesAndRoles;
import io.skillspassport.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Results from outside engines through {@link ImportedResults} with the real import store, the
 * passports boundary and the audit log on a migrated H2 holding the shipped families: a result is
 * linked through the engine's equating table and waits for the candidate; accepting puts it on the
 * passport with provenance IMPORTED, declining never counts; a replay answers the stored result and
 * a reused key with another body is refused; every refusal names its reason (and the fields at
 * fault) and writes nothing; only the candidate the result is for may decide it, once. Every test
 * has its own candidate and engine clients, so the tests share one database.
 *
 * <p>Expected values by hand. The engine's table maps raw 0, 10, 20 onto 320, 575, 830: a line of
 * slope 25.5. A raw score x = 14 with SEM_ext = 1.2 and the table's linking error 12 (LinkedScore's
 * formulas): S* = 575 + 4·25.5 = 677, SEM = √((25.5·1.2)² + 12²) = √(936.36 + 144) = 32.86883…,
 * band [floor(677 − 1.96·32.86883), ceil(677 + 1.96·32.86883)] = [floor 612.58, ceil 741.42] =
 * [612, 742], θ = (677 − 575)/75 = 1.36, SE(θ) = 32.86883/75 = 0.438251.
 */
class ImportedResultsTest {

  private static final String TABLE = "x ey\n0 320\n10 575\n20 830\n";
  private static final double LINKING_ERROR = 12;
  private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
  private static final Instant MEASURED = NOW.minus(Duration.ofDays(3));
  private static final FixedCaller NOBODY = new FixedCaller("engine-call", null, Set.of());

  private static Database db;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);
  private final String candidate = "cand-" + tag;
  private final FixedCaller cara = FixedCaller.candidate(candidate);
  private final String client = "engine-" + tag;
  private final EngineClient engine = new EngineClient(client);
  private final TestClock clock = new TestClock(NOW);
  private final List<String> denied = new ArrayList<>();

  private String code;

  @BeforeAll
  static void shippedFamilies() {
    db = ShippedFamiliesAndRoles.database(ImportedResultsTest.class);
  }

  @BeforeEach
  void anEngineWithATableAndACandidateWithACode() {
    registerEngine(client, Optional.of(TABLE));
    code = call(cara, ImportedResults::engineCode);
  }

  @Test
  void aResultIsLinkedThroughTheEnginesTableAndWaitsForTheCandidate() {
    ImportReceipt receipt = receive("key-1", "hash-1", submission(14.0, 1.2));

    assertThat(receipt.status()).isEqualTo("pending");
    assertThat(receipt.familyCode()).isEqualTo("DATA_ANALYSIS");
    assertThat(receipt.externalScore()).isEqualTo(14.0);
    assertThat(receipt.externalStandardError()).isEqualTo(1.2);
    assertThat(receipt.scaledScore()).isEqualTo(677);
    assertThat(receipt.sem()).isCloseTo(32.868830, within(1e-6));
    assertThat(receipt.bandLow()).isEqualTo(612);
    assertThat(receipt.bandHigh()).isEqualTo(742);
    assertThat(receipt.linkingError()).isEqualTo(LINKING_ERROR);
    assertThat(receipt.measuredAt()).isEqualTo(MEASURED);
    assertThat(receipt.receivedAt()).isEqualTo(NOW);
    assertThat(receipt.decidedAt()).isEmpty();
    assertThat(receipt.replayed()).isFalse();

    ImportedResult stored = stored(receipt.id());
    assertThat(stored.candidate()).isEqualTo(candidate);
    assertThat(stored.status()).isEqualTo(ImportStatus.PENDING);
    assertThat(stored.idempotencyKey()).isEqualTo("key-1");
    assertThat(stored.requestHash()).isEqualTo("hash-1");
    assertThat(stored.linked().theta()).isCloseTo(1.36, within(1e-9));
    assertThat(stored.linked().thetaSe()).isCloseTo(0.438251, within(1e-6));
    assertThat(stored.familyResultId()).isEmpty();

    assertThat(call(cara, ImportedResults::pending))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.id()).isEqualTo(receipt.id());
              assertThat(p.engineName()).isEqualTo("Acme " + client);
              assertThat(p.scaleDescription()).isEqualTo("0–20 raw points");
              assertThat(p.scaledScore()).isEqualTo(677);
            });
    assertThat(passportResult()).isEmpty();
    CandidateImports section = call(cara, ImportedResults::candidateImports);
    assertThat(section.engineCode()).isEqualTo(code);
    assertThat(section.pending()).isEqualTo(call(cara, ImportedResults::pending));
    assertThat(call(NOBODY, r -> r.status(engine, receipt.id())).status()).isEqualTo("pending");
    assertThat(audited(AuditAction.RESULT_IMPORTED)).isEqualTo(1);
    assertThat(lastAuditDetail(AuditAction.RESULT_IMPORTED))
        .isEqualTo("DATA_ANALYSIS external 14.0 ± 1.2 → 677 (SEM 32.9), pending");
  }

  @Test
  void anAcceptedResultGoesOnThePassportAsImported() {
    long id = receive("key-1", "hash-1", submission(14.0, 1.2)).id();
    clock.set(NOW.plus(Duration.ofHours(1)));

    call(cara, r -> run(() -> r.accept(id)));

    PassportResult onPassport = passportResult().orElseThrow();
    assertThat(onPassport.provenance()).isEqualTo("IMPORTED");
    assertThat(onPassport.score()).isEqualTo(677);
    assertThat(onPassport.sem()).isCloseTo(32.868830, within(1e-6));
    assertThat(onPassport.bandLow()).isEqualTo(612);
    assertThat(onPassport.bandHigh()).isEqualTo(742);
    assertThat(onPassport.theta()).isCloseTo(1.36, within(1e-9));
    assertThat(onPassport.measuredAt()).isEqualTo(MEASURED);
    // PASSPORT_VALIDITY_MONTHS, default 24, from the time of measurement.
    assertThat(onPassport.expiresAt())
        .isEqualTo(MEASURED.atOffset(ZoneOffset.UTC).plusMonths(24).toInstant());
    assertThat(onPassport.source())
        .isEqualTo(
            "Acme "
                + client
                + " ("
                + client
                + "), imported result "
                + id
                + ", external score 14.0");
    ImportedResult decided = stored(id);
    assertThat(decided.status()).isEqualTo(ImportStatus.ACCEPTED);
    assertThat(decided.decidedAt()).contains(NOW.plus(Duration.ofHours(1)));
    assertThat(decided.familyResultId()).isPresent();
    assertThat(call(NOBODY, r -> r.status(engine, id)).status()).isEqualTo("accepted");
    assertThat(call(cara, ImportedResults::pending)).isEmpty();
    assertThat(lastAuditDetail(AuditAction.IMPORT_DECIDED))
        .isEqualTo("accepted: DATA_ANALYSIS 677 is on the passport");
  }

  @Test
  void aDeclinedResultNeverCounts() {
    long id = receive("key-1", "hash-1", submission(14.0, 1.2)).id();

    call(cara, r -> run(() -> r.decline(id)));

    assertThat(passportResult()).isEmpty();
    assertThat(stored(id).status()).isEqualTo(ImportStatus.DECLINED);
    assertThat(stored(id).decidedAt()).contains(NOW);
    assertThat(call(NOBODY, r -> r.status(engine, id)).status()).isEqualTo("declined");
    assertThat(call(cara, ImportedResults::pending)).isEmpty();
    assertThat(lastAuditDetail(AuditAction.IMPORT_DECIDED))
        .isEqualTo("declined: DATA_ANALYSIS 677");
  }

  @Test
  void aReplayAnswersTheStoredResultAndAReusedKeyWithAnotherBodyIsRefused() {
    ImportReceipt first = receive("key-1", "hash-1", submission(14.0, 1.2));
    clock.set(NOW.plus(Duration.ofMinutes(1)));

    ImportReceipt again = receive("key-1", "hash-1", submission(14.0, 1.2));

    assertThat(again.replayed()).isTrue();
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.receivedAt()).isEqualTo(NOW);
    assertThat(refusal("key-1", "hash-2", submission(15.0, 1.2)).field())
        .isEqualTo(ImportedResults.KEY);
    assertThat(resultsOfEngine(client)).isEqualTo(1);
    assertThat(audited(AuditAction.RESULT_IMPORTED)).isEqualTo(1);
    // A key is the engine's own: another engine may use the same one for its own result.
    String other = client + "-b";
    registerEngine(other, Optional.of(TABLE));
    ImportReceipt theirs =
        call(
            NOBODY,
            r -> r.receive(new EngineClient(other), "key-1", "hash-1", submission(14.0, 1.2)));
    assertThat(theirs.replayed()).isFalse();
    assertThat(theirs.id()).isNotEqualTo(first.id());
  }

  @Test
  void invalidValuesAreRefusedNamingEachFieldAndWriteNothing() {
    Rejected empty = refusal("key-1", "hash", new ResultSubmission(null, null, null, null, null));
    assertThat(fields(empty))
        .containsOnlyKeys("candidateCode", "familyCode", "score", "standardError", "measuredAt");

    assertThat(
            invalidFields(
                new ResultSubmission(
                    "sp-" + code.substring(3), "DATA_ANALYSIS", 14.0, 1.2, MEASURED)))
        .containsOnlyKeys("candidateCode");
    assertThat(
            invalidFields(
                new ResultSubmission("SP-IIII-0000", "DATA_ANALYSIS", 14.0, 1.2, MEASURED)))
        .containsOnlyKeys("candidateCode");
    // The engine is registered for DATA_ANALYSIS and COMMUNICATION only.
    assertThat(
            invalidFields(new ResultSubmission(code, "PYTHON_FUNDAMENTALS", 14.0, 1.2, MEASURED)))
        .containsOnlyKeys("familyCode");
    assertThat(invalidFields(new ResultSubmission(code, "data_analysis", 14.0, 1.2, MEASURED)))
        .containsOnlyKeys("familyCode");
    assertThat(invalidFields(submission(Double.NaN, 1.2))).containsOnlyKeys("score");
    assertThat(invalidFields(submission(Double.POSITIVE_INFINITY, 1.2))).containsOnlyKeys("score");
    assertThat(invalidFields(submission(14.0, 0.0))).containsOnlyKeys("standardError");
    assertThat(invalidFields(submission(14.0, -1.0))).containsOnlyKeys("standardError");
    assertThat(invalidFields(submission(14.0, Double.NaN))).containsOnlyKeys("standardError");
    // Outside the table's range [0, 20]: the table says nothing about it.
    assertThat(invalidFields(submission(20.5, 1.2))).containsOnlyKeys("score");
    assertThat(invalidFields(submission(-0.5, 1.2))).containsOnlyKeys("score");
    // Five minutes of clock skew are allowed; a second more is the future.
    Instant skew = NOW.plus(ImportedResults.CLOCK_SKEW);
    assertThat(invalidFields(measuredAt(skew.plusSeconds(1)))).containsOnlyKeys("measuredAt");
    // Measured 24 months (PASSPORT_VALIDITY_MONTHS) ago: it would have expired already.
    Instant expired = NOW.atOffset(ZoneOffset.UTC).minusMonths(24).toInstant();
    assertThat(invalidFields(measuredAt(expired))).containsOnlyKeys("measuredAt");

    assertThat(resultsOfEngine(client)).isZero();
    assertThat(audited(AuditAction.RESULT_IMPORTED)).isZero();
    assertThat(call(cara, ImportedResults::pending)).isEmpty();

    // The edges themselves are accepted: the table's ends, the skew's end, a second before expiry.
    assertThat(receive("k-a", "h-a", submission(0.0, 1.2)).scaledScore()).isEqualTo(320);
    assertThat(receive("k-b", "h-b", submission(20.0, 1.2)).scaledScore()).isEqualTo(830);
    assertThat(receive("k-c", "h-c", measuredAt(skew)).measuredAt()).isEqualTo(skew);
    assertThat(receive("k-d", "h-d", measuredAt(expired.plusSeconds(1))).status())
        .isEqualTo("pending");
    assertThat(resultsOfEngine(client)).isEqualTo(4);
  }

  @Test
  void anUnknownClientCandidateOrTableIsRefusedWithItsReasonAndWritesNothing() {
    assertThat(
            catchThrowableOfType(
                AccessDenied.class,
                () ->
                    call(
                        NOBODY,
                        r ->
                            r.receive(
                                new EngineClient("nobody-" + tag),
                                "key-1",
                                "hash",
                                submission(14.0, 1.2)))))
        .isNotNull();

    String unheld = unheldCode();
    assertThat(
            catchThrowableOfType(
                NotFound.class,
                () ->
                    receive(
                        "key-1",
                        "hash",
                        new ResultSubmission(unheld, "DATA_ANALYSIS", 14.0, 1.2, MEASURED))))
        .isNotNull();

    String tableless = client + "-t";
    registerEngine(tableless, Optional.empty());
    assertThat(
            catchThrowableOfType(
                Conflict.class,
                () ->
                    call(
                        NOBODY,
                        r ->
                            r.receive(
                                new EngineClient(tableless),
                                "key-1",
                                "hash",
                                submission(14.0, 1.2)))))
        .isNotNull();

    // A table stored before its equivalents were checked against the scale: 0 → 200 lies off it.
    String offScale = client + "-o";
    registerEngine(offScale, Optional.of("x ey\n0 200\n10 575\n"));
    Rejected unlinkable =
        catchThrowableOfType(
            Rejected.class,
            () ->
                call(
                    NOBODY,
                    r ->
                        r.receive(
                            new EngineClient(offScale), "key-1", "hash", submission(0.0, 1.2))));
    assertThat(fields(unlinkable)).containsOnlyKeys("score");

    assertThat(resultsOfEngine(client)).isZero();
    assertThat(resultsOfEngine(tableless)).isZero();
    assertThat(resultsOfEngine(offScale)).isZero();
    assertThat(audited(AuditAction.RESULT_IMPORTED)).isZero();
  }

  @Test
  void anEngineSeesOnlyItsOwnResults() {
    long id = receive("key-1", "hash-1", submission(14.0, 1.2)).id();
    String other = client + "-b";
    registerEngine(other, Optional.of(TABLE));

    assertThat(
            catchThrowableOfType(
                NotFound.class, () -> call(NOBODY, r -> r.status(new EngineClient(other), id))))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                NotFound.class, () -> call(NOBODY, r -> r.status(engine, Long.MAX_VALUE))))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                AccessDenied.class,
                () -> call(NOBODY, r -> r.status(new EngineClient("nobody-" + tag), id))))
        .isNotNull();
  }

  @Test
  void onlyTheCandidateAResultIsForMayDecideItAndOnlyOnce() {
    long id = receive("key-1", "hash-1", submission(14.0, 1.2)).id();
    FixedCaller someoneElse = FixedCaller.candidate("other-" + tag);
    FixedCaller employer = FixedCaller.employer("erin-" + tag, "northwind-labs");

    assertThatThrownBy(() -> call(someoneElse, r -> run(() -> r.accept(id))))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> call(someoneElse, r -> run(() -> r.decline(id))))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> call(employer, r -> run(() -> r.accept(id))))
        .isInstanceOf(AccessDenied.class);
    assertThat(call(someoneElse, ImportedResults::pending)).isEmpty();
    assertThat(stored(id).status()).isEqualTo(ImportStatus.PENDING);
    assertThat(passportResult()).isEmpty();

    call(cara, r -> run(() -> r.decline(id)));
    assertThatThrownBy(() -> call(cara, r -> run(() -> r.accept(id))))
        .isInstanceOf(AccessDenied.class)
        .hasMessage("This result is not waiting for your decision");
    assertThatThrownBy(() -> call(cara, r -> run(() -> r.accept(Long.MAX_VALUE))))
        .isInstanceOf(AccessDenied.class);

    assertThat(stored(id).status()).isEqualTo(ImportStatus.DECLINED);
    assertThat(passportResult()).isEmpty();
    assertThat(audited(AuditAction.IMPORT_DECIDED)).isEqualTo(1);
    // A role refusal names the use case; an ownership refusal names the result.
    assertThat(denied)
        .containsExactly(
            "imported result " + id,
            "imported result " + id,
            "accepting imported result " + id,
            "imported result " + id,
            "imported result " + Long.MAX_VALUE);
  }

  @Test
  void nobodyButACandidateGetsAnEngineCodeOrSeesPendingResults() {
    FixedCaller employer = FixedCaller.employer("erin-" + tag, "northwind-labs");
    FixedCaller admin = new FixedCaller("ada-" + tag, null, Set.of(Caller.ADMIN));

    assertThatThrownBy(() -> call(employer, ImportedResults::engineCode))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> call(admin, ImportedResults::pending))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> call(employer, ImportedResults::candidateImports))
        .isInstanceOf(AccessDenied.class);
    assertThat(denied)
        .containsExactly("the engine code", "pending imported results", "the engine code");
  }

  @Test
  void aCandidateKeepsOneEngineCodeAndNoOtherCandidateHasIt() {
    assertThat(code).matches("SP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    assertThat(call(cara, ImportedResults::engineCode)).isEqualTo(code);
    assertThat(call(FixedCaller.candidate("other-" + tag), ImportedResults::engineCode))
        .isNotEqualTo(code);
  }

  private ResultSubmission submission(double score, double standardError) {
    return new ResultSubmission(code, "DATA_ANALYSIS", score, standardError, MEASURED);
  }

  private ResultSubmission measuredAt(Instant measured) {
    return new ResultSubmission(code, "DATA_ANALYSIS", 14.0, 1.2, measured);
  }

  private ImportReceipt receive(String key, String hash, ResultSubmission submission) {
    return call(NOBODY, r -> r.receive(engine, key, hash, submission));
  }

  private Rejected refusal(String key, String hash, ResultSubmission submission) {
    Rejected refused = catchThrowableOfType(Rejected.class, () -> receive(key, hash, submission));
    assertThat(refused).as("refused").isNotNull();
    return refused;
  }

  /**
   * The fields of a refusal for invalid values: one problem about the whole result first, then one
   * per field at fault (field → sentence).
   */
  private static java.util.Map<String, String> fields(Rejected refused) {
    assertThat(refused.problems().get(0).field()).isEqualTo(Problem.WHOLE);
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    refused.problems().stream()
        .filter(problem -> !problem.field().equals(Problem.WHOLE))
        .forEach(problem -> fields.put(problem.field(), problem.message()));
    return fields;
  }

  private java.util.Map<String, String> invalidFields(ResultSubmission submission) {
    return fields(refusal("key-" + UUID.randomUUID(), "hash", submission));
  }

  /** A well-formed engine code that no candidate holds. */
  private String unheldCode() {
    for (int i = 0; ; i++) {
      String candidateCode =
          String.format(java.util.Locale.ROOT, "SP-%04d-%04d", i / 10_000, i % 10_000);
      if (db.<Boolean>inTransaction(em -> new ImportStore(em).byCode(candidateCode).isEmpty())) {
        return candidateCode;
      }
    }
  }

  private void registerEngine(String clientId, Optional<String> table) {
    db.run(
        em -> {
          AssessmentEngine e =
              new AssessmentEngine(
                  "Acme " + clientId,
                  clientId,
                  "0–20 raw points",
                  List.of("DATA_ANALYSIS", "COMMUNICATION"),
                  NOW);
          table.ifPresent(t -> e.useTable(EquatingMethod.LINEAR, t, LINKING_ERROR, NOW));
          new ImportStore(em).add(e);
        });
  }

  private ImportedResult stored(long id) {
    return db.inTransaction(em -> new ImportStore(em).result(id).orElseThrow());
  }

  private long resultsOfEngine(String clientId) {
    return db.inTransaction(
        em -> {
          ImportStore store = new ImportStore(em);
          return store.resultsOf(store.engineOfClient(clientId).orElseThrow());
        });
  }

  /** The candidate's current Data Analysis result, read through the passports boundary. */
  private Optional<PassportResult> passportResult() {
    return db.inTransaction(
        em ->
            TestPassports.of(em, cara, new Guard(cara), clock).dashboard().families().stream()
                .filter(f -> f.code().equals("DATA_ANALYSIS"))
                .findFirst()
                .flatMap(FamilyStanding::current));
  }

  private long audited(AuditAction action) {
    return db.inTransaction(em -> AuditLogFixture.of(em).count(candidate, action));
  }

  private String lastAuditDetail(AuditAction action) {
    return db.inTransaction(
        em -> AuditLogFixture.of(em).search(candidate, action, 0, 1).get(0).detail());
  }

  private static Void run(Runnable action) {
    action.run();
    return null;
  }

  private <T> T call(FixedCaller caller, Function<ImportedResults, T> use) {
    return db.inTransaction(
        em -> {
          Guard guard =
              new Guard(caller) {
                @Override
                public AccessDenied refuse(String what, String reason, String message) {
                  denied.add(what);
                  return super.refuse(what, reason, message);
                }
              };
          ImportedResults results = new ImportedResults();
          results.clock = clock;
          results.store = new ImportStore(em);
          results.passports = TestPassports.of(em, caller, guard, clock);
          results.guard = guard;
          results.log = TestAuditTrail.of(AuditLogFixture.of(em), caller);
          results.caller = caller;
          return use.apply(results);
        });
  }
}
