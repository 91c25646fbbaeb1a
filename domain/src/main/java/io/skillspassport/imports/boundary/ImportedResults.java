package io.skillspassport.imports.boundary;

import io.skillspassport.audit.boundary.AuditAction;
import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.imports.control.ImportStore;
import io.skillspassport.imports.entity.AssessmentEngine;
import io.skillspassport.imports.entity.CandidateCode;
import io.skillspassport.imports.entity.ImportStatus;
import io.skillspassport.imports.entity.ImportedResult;
import io.skillspassport.imports.entity.LinkedResult;
import io.skillspassport.passports.boundary.ImportedScore;
import io.skillspassport.passports.boundary.Passports;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.NotFound;
import io.skillspassport.platform.boundary.Problem;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.scoring.equating.EquatingTable;
import io.skillspassport.scoring.equating.LinkedScore;
import io.skillspassport.scoring.scale.ReportingScale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Results from outside assessment engines, from the engine's post to the candidate's decision.
 *
 * <p><b>Engines</b> ({@link #receive}, {@link #status}) are identified by the Keycloak client of
 * their verified access token ({@link EngineClient}); a client that no admin registered as an
 * engine is refused. A result names its candidate by the candidate's <em>engine code</em> — a
 * random code shown on the candidate's passport page that the candidate gives the engine — never by
 * user name: an engine learns nothing about the portal's accounts, and a code that no candidate
 * holds is "unknown candidate". The external score is linked onto 300–850 through the engine's
 * equating table when it arrives, with the SEM {@code √((|e′(x)|·SEM_ext)² + SE_link²)} ({@link
 * LinkedScore}).
 *
 * <p><b>Idempotency.</b> Each post carries the engine's idempotency key and the SHA-256 of its body
 * (computed by the web tier). The same key with the same body answers the stored result again and
 * adds nothing; the same key with another body is refused. The database's unique (engine, key)
 * constraint settles two posts racing with one key: the loser's transaction fails and the web tier
 * asks again, finding the winner's row.
 *
 * <p><b>Candidates</b> ({@link #pending}, {@link #accept}, {@link #decline}, {@link #engineCode})
 * see the results sent for them; only an accepted one reaches the passport (provenance IMPORTED,
 * through {@link Passports#recordImported}). Every decision and every receipt is audited.
 *
 * <p><b>Refusals</b> are the portal's own: a client that is no engine is {@link AccessDenied};
 * wrong values are {@link Rejected}, with one problem about the result as a whole (what is wrong,
 * in a sentence) and one per field at fault, and a reused key is {@link Rejected} about {@link
 * #KEY}; a candidate code nobody holds, or a result id the engine has none of, is {@link NotFound};
 * an engine without an equating table is a {@link Conflict}. The web tier's API answers each with
 * its RFC 9457 problem.
 */
@ApplicationScoped
@Transactional
public class ImportedResults {

  @Inject Clock clock;

  /**
   * {@code PASSPORT_VALIDITY_MONTHS}, as the passport reads it; the default outside a container.
   */
  @Inject
  @ConfigProperty(
      name = Passports.VALIDITY_MONTHS,
      defaultValue = Passports.DEFAULT_VALIDITY_MONTHS)
  long validityMonths = Long.parseLong(Passports.DEFAULT_VALIDITY_MONTHS);

  /** Crockford's base32 without I, L, O, U: no letters that read as digits. */
  private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  static final Pattern CODE = Pattern.compile("SP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

  static final Pattern FAMILY = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  /** How far in the future a measurement time may lie (clock skew between engine and portal). */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  /**
   * The input a refused idempotency key is about ({@link Problem#field()}): the key, not the body,
   * is what the engine must change.
   */
  public static final String KEY = "key";

  private final SecureRandom random = new SecureRandom();

  @Inject ImportStore store;

  @Inject Passports passports;

  @Inject Guard guard;

  @Inject AuditTrail log;

  @Inject Caller caller;

  /**
   * Receives a result from an engine, or answers a replay of an earlier post.
   *
   * @param key the engine's idempotency key (1–200 printable ASCII characters, checked by the web
   *     tier)
   * @param requestHash hex SHA-256 of the request body
   * @throws AccessDenied when the client is no registered engine
   * @throws Rejected for a key used before with another body (about {@link #KEY}), or invalid
   *     values (a problem about the whole result, then one per field at fault)
   * @throws NotFound when no candidate holds the result's candidate code
   * @throws Conflict when the engine has no equating table yet
   */
  public ImportReceipt receive(
      EngineClient client, String key, String requestHash, ResultSubmission submission) {
    AssessmentEngine engine = engine(client);
    Optional<ImportedResult> earlier = store.byKey(engine, key);
    if (earlier.isPresent()) {
      if (!earlier.get().requestHash().equals(requestHash)) {
        throw new Rejected(
            KEY,
            "The Idempotency-Key '"
                + key
                + "' was used for another request body (result "
                + earlier.get().id()
                + "); use a new key for a new result");
      }
      return receipt(earlier.get(), true);
    }
    Map<String, String> errors = validate(submission, engine);
    if (!errors.isEmpty()) {
      throw invalid("The result has invalid or missing values", errors);
    }
    String candidate =
        store
            .byCode(submission.candidateCode())
            .map(CandidateCode::candidate)
            .orElseThrow(
                () ->
                    new NotFound(
                        "No candidate has the engine code '" + submission.candidateCode() + "'"));
    String tableText =
        engine
            .equatingTable()
            .orElseThrow(
                () ->
                    new Conflict(
                        "No equating table has been uploaded for this engine yet; ask the"
                            + " portal's admins"));
    EquatingTable table = EquatingTable.parse(tableText);
    double linkingError = engine.linkingError().orElseThrow();
    if (!table.covers(submission.score())) {
      throw invalid(
          "The score is outside the engine's equating table",
          Map.of(
              "score",
              "must be within ["
                  + table.minScore()
                  + ", "
                  + table.maxScore()
                  + "], the range of the engine's equating table; was "
                  + submission.score()));
    }
    LinkedScore linked;
    try {
      linked =
          LinkedScore.of(
              table,
              ReportingScale.standard(),
              submission.score(),
              submission.standardError(),
              linkingError);
    } catch (IllegalArgumentException e) {
      throw invalid("The score cannot be linked", Map.of("score", e.getMessage()));
    }
    ImportedResult result =
        store.add(
            new ImportedResult(
                engine,
                key,
                requestHash,
                new LinkedResult(
                    candidate,
                    submission.familyCode(),
                    submission.score(),
                    submission.standardError(),
                    linkingError,
                    linked.scaled().reported(),
                    linked.scaled().sem(),
                    linked.scaled().bandLower(),
                    linked.scaled().bandUpper(),
                    linked.theta(),
                    linked.thetaSe(),
                    submission.measuredAt()),
                Instant.now(clock)));
    log.recordBy(
        "engine:" + engine.clientId(),
        AuditAction.RESULT_IMPORTED,
        "imported result " + result.id() + " for " + candidate,
        submission.familyCode()
            + " external "
            + submission.score()
            + " ± "
            + submission.standardError()
            + " → "
            + linked.scaled().reported()
            + " (SEM "
            + String.format(java.util.Locale.ROOT, "%.1f", linked.scaled().sem())
            + "), pending");
    return receipt(result, false);
  }

  /**
   * One of the engine's own results with its status.
   *
   * @throws NotFound for an unknown id and for another engine's result alike
   * @throws AccessDenied when the client is no registered engine
   */
  public ImportReceipt status(EngineClient client, long id) {
    AssessmentEngine engine = engine(client);
    return store
        .result(id)
        .filter(r -> r.engine().id().equals(engine.id()))
        .map(r -> receipt(r, false))
        .orElseThrow(() -> new NotFound("No result " + id + " of yours"));
  }

  /**
   * The caller's engine code, created on first use; a candidate gives it to an engine so that the
   * engine's results reach this passport.
   */
  public String engineCode() {
    guard.requireRole(Caller.CANDIDATE, "the engine code");
    String candidate = caller.username();
    Optional<CandidateCode> known = store.codeOf(candidate);
    if (known.isPresent()) {
      return known.get().code();
    }
    // 32^8 codes: a collision is rare, and the unique constraint would refuse it; draw again.
    String code = newCode();
    while (store.byCode(code).isPresent()) {
      code = newCode();
    }
    return store.add(new CandidateCode(candidate, code, Instant.now(clock))).code();
  }

  /**
   * The caller's engine code and pending results in one call (one transaction), as the dashboard
   * shows them on every visit.
   */
  public CandidateImports candidateImports() {
    return new CandidateImports(engineCode(), pending());
  }

  /** Results engines sent for the caller that wait for a decision, newest first. */
  public List<PendingImport> pending() {
    guard.requireRole(Caller.CANDIDATE, "pending imported results");
    return store.ofCandidate(caller.username(), ImportStatus.PENDING).stream()
        .map(ImportedResults::pendingImport)
        .toList();
  }

  /**
   * Accepts a pending result: it goes on the caller's passport with provenance IMPORTED.
   *
   * @throws AccessDenied for a result that is not the caller's or not pending
   */
  public void accept(long id) {
    ImportedResult result = ownPending(id, "accepting imported result " + id);
    LinkedResult linked = result.linked();
    long resultId =
        passports.recordImported(
            new ImportedScore(
                linked.familyCode(),
                linked.theta(),
                linked.thetaSe(),
                linked.scaledScore(),
                linked.sem(),
                linked.bandLow(),
                linked.bandHigh(),
                linked.measuredAt(),
                result.engine().name()
                    + " ("
                    + result.engine().clientId()
                    + "), imported result "
                    + result.id()
                    + ", external score "
                    + linked.externalScore()));
    result.accept(resultId, Instant.now(clock));
    log.record(
        AuditAction.IMPORT_DECIDED,
        "imported result " + id,
        "accepted: " + linked.familyCode() + " " + linked.scaledScore() + " is on the passport");
  }

  /**
   * Declines a pending result: it never counts.
   *
   * @throws AccessDenied for a result that is not the caller's or not pending
   */
  public void decline(long id) {
    ImportedResult result = ownPending(id, "declining imported result " + id);
    result.decline(Instant.now(clock));
    log.record(
        AuditAction.IMPORT_DECIDED,
        "imported result " + id,
        "declined: " + result.linked().familyCode() + " " + result.linked().scaledScore());
  }

  private ImportedResult ownPending(long id, String what) {
    guard.requireRole(Caller.CANDIDATE, what);
    Optional<ImportedResult> found =
        store
            .result(id)
            .filter(r -> r.candidate().equals(caller.username()))
            .filter(r -> r.status() == ImportStatus.PENDING);
    if (found.isEmpty()) {
      throw guard.refuse(
          "imported result " + id,
          "not a pending result of the caller",
          "This result is not waiting for your decision");
    }
    return found.get();
  }

  private AssessmentEngine engine(EngineClient client) {
    return store
        .engineOfClient(client.clientId())
        .orElseThrow(
            () ->
                new AccessDenied(
                    "The client '"
                        + client.clientId()
                        + "' is not a registered assessment engine"));
  }

  /** Wrong values: what is wrong with the result as a whole, then each field at fault. */
  private static Rejected invalid(String whole, Map<String, String> errors) {
    List<Problem> problems = new ArrayList<>();
    problems.add(new Problem(Problem.WHOLE, whole));
    errors.forEach((field, message) -> problems.add(new Problem(field, message)));
    return new Rejected(problems);
  }

  private Map<String, String> validate(ResultSubmission s, AssessmentEngine engine) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (s.candidateCode() == null || s.candidateCode().isBlank()) {
      errors.put("candidateCode", "is required: the code on the candidate's passport page");
    } else if (!CODE.matcher(s.candidateCode()).matches()) {
      errors.put("candidateCode", "must look like SP-XXXX-XXXX; was '" + s.candidateCode() + "'");
    }
    if (s.familyCode() == null || s.familyCode().isBlank()) {
      errors.put("familyCode", "is required");
    } else if (!FAMILY.matcher(s.familyCode()).matches()
        || !engine.familyCodes().contains(s.familyCode())) {
      errors.put(
          "familyCode",
          "must be one of the families registered for this engine: "
              + String.join(", ", engine.familyCodes()));
    }
    if (s.score() == null) {
      errors.put("score", "is required");
    } else if (!Double.isFinite(s.score())) {
      errors.put("score", "must be a finite number");
    }
    if (s.standardError() == null) {
      errors.put("standardError", "is required");
    } else if (!Double.isFinite(s.standardError()) || s.standardError() <= 0) {
      errors.put("standardError", "must be a number > 0; was " + s.standardError());
    }
    Instant now = Instant.now(clock);
    if (s.measuredAt() == null) {
      errors.put("measuredAt", "is required (RFC 3339, e.g. 2026-11-30T09:00:00Z)");
    } else if (s.measuredAt().isAfter(now.plus(CLOCK_SKEW))) {
      errors.put("measuredAt", "lies in the future: " + s.measuredAt());
    } else if (!s.measuredAt()
        .atOffset(ZoneOffset.UTC)
        .plusMonths(validityMonths)
        .toInstant()
        .isAfter(now)) {
      errors.put("measuredAt", "is so long ago that the result would have expired already");
    }
    return errors;
  }

  private String newCode() {
    StringBuilder code = new StringBuilder("SP-");
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        code.append('-');
      }
      code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
    }
    return code.toString();
  }

  private static ImportReceipt receipt(ImportedResult r, boolean replayed) {
    LinkedResult l = r.linked();
    return new ImportReceipt(
        r.id(),
        r.status().name().toLowerCase(java.util.Locale.ROOT),
        l.familyCode(),
        l.externalScore(),
        l.externalSem(),
        l.scaledScore(),
        l.sem(),
        l.bandLow(),
        l.bandHigh(),
        l.linkingError(),
        l.measuredAt(),
        r.receivedAt(),
        r.decidedAt(),
        replayed);
  }

  private static PendingImport pendingImport(ImportedResult r) {
    LinkedResult l = r.linked();
    return new PendingImport(
        r.id(),
        r.engine().name(),
        r.engine().scaleDescription(),
        l.familyCode(),
        l.externalScore(),
        l.externalSem(),
        l.scaledScore(),
        l.sem(),
        l.bandLow(),
        l.bandHigh(),
        l.linkingError(),
        l.measuredAt(),
        r.receivedAt());
  }
}
