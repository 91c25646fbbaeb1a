package io.skillspassport.assessments.boundary;

import io.skillspassport.assessments.control.AdaptiveForm;
import io.skillspassport.assessments.control.AttemptStore;
import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.assessments.control.ItemStore;
import io.skillspassport.assessments.entity.AssessmentAttempt;
import io.skillspassport.assessments.entity.AssessmentFamily;
import io.skillspassport.assessments.entity.AssessmentItem;
import io.skillspassport.assessments.entity.AttemptAnswer;
import io.skillspassport.assessments.entity.AttemptStatus;
import io.skillspassport.assessments.entity.DeliverySettings;
import io.skillspassport.assessments.entity.ParameterStatus;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Conflict;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.Rejected;
import io.skillspassport.platform.boundary.UniqueViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The assessments a candidate takes in the portal, delivered adaptively (computerised adaptive
 * testing through {@link AdaptiveForm}): the overview of the families that can be measured,
 * starting (or resuming) an attempt, reading and answering one item at a time, ending it, and its
 * result in the passport.
 *
 * <p>Every use case needs the candidate role; an attempt is only ever read or changed by the
 * candidate who started it — anyone else (and any unknown attempt id, so that ids cannot be probed)
 * is refused with {@link AccessDenied} after an {@code ACCESS_DENIED} audit entry.
 *
 * <p>Rules enforced here, on the server:
 *
 * <ul>
 *   <li>A candidate has at most one attempt per family in progress: {@link #start} resumes it. The
 *       database enforces it too (a unique constraint, migration V6), so starts racing each other
 *       from two tabs cannot both begin one: the loser gets a {@link Conflict}, and starting again
 *       resumes the attempt that won.
 *   <li>After an attempt ends, a new attempt of the same family is refused for {@code
 *       passport.retake.cooldown.hours} (default 24) with a {@link Conflict} that names the minute
 *       a retake opens.
 *   <li>One item per page; an empty answer is {@link Rejected} (no skipping); each answer is saved
 *       with the request that gives it, and the next item is chosen and stored in the same
 *       transaction, so a reload or a dropped connection resumes at the current item. An answered
 *       item cannot be changed (a {@link Conflict}): the next item was chosen from it.
 *   <li>The family's time limit runs from the start; an answer after the deadline is not saved and
 *       the attempt is closed by the unreached-item rule (also whenever the candidate's attempt is
 *       read after its deadline, so an abandoned attempt closes the next time it is looked at).
 *   <li>No item from the candidate's previous two attempts of the family, when the bank still
 *       leaves a full-length test without them; otherwise only the last attempt's items are left
 *       out, and when even that leaves too few, none (said on {@code /methodology}).
 *   <li>One pretest item per attempt when the bank has pretest items the candidate has not seen, at
 *       a position 2…minimum chosen by the attempt's seed; not scored, not marked.
 *   <li>The score is the EAP estimate under the N(0,1) prior on the standard reporting scale,
 *       recorded on the passport through {@link ResultsOfAttempts} (a SAMPLE result, self-service
 *       and unproctored, valid for {@code passport.validity.months}), with the bank version, the
 *       parameter status (provisional while any scored item's parameters are expert-set), the items
 *       administered, the unreached items counted wrong and the duration.
 * </ul>
 */
@ApplicationScoped
@Transactional
public class SampleAssessments {

  static final String COOLDOWN_HOURS = "passport.retake.cooldown.hours";

  private static final String DEFAULT_COOLDOWN_HOURS = "24";

  private static final DateTimeFormatter COOLDOWN_MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Inject Clock clock;

  /**
   * Hours a candidate waits after an attempt before the next one of the family ({@code
   * PASSPORT_RETAKE_COOLDOWN_HOURS}); the default stands outside a container.
   */
  @Inject
  @ConfigProperty(name = COOLDOWN_HOURS, defaultValue = DEFAULT_COOLDOWN_HOURS)
  double cooldownHours = Double.parseDouble(DEFAULT_COOLDOWN_HOURS);

  @Inject Caller caller;

  @Inject Guard guard;

  @Inject FamilyStore families;

  @Inject ItemStore items;

  @Inject AttemptStore attempts;

  @Inject ResultsOfAttempts results;

  /** One event per item presented (the portal counts them). */
  @Inject Event<ItemServed> served;

  /** Where attempt seeds come from; a test may fix it to replay an attempt. */
  LongSupplier seeds = new SecureRandom()::nextLong;

  /** The randomesque group size: the next item is one of this many most informative. */
  public static final int RANDOMESQUE_GROUP = AdaptiveForm.RANDOMESQUE;

  /** The reasons an attempt ends that are not stopping rules of the test. */
  static final String TIMED_OUT = SampleEnding.TIMED_OUT.name();

  static final String ENDED_BY_CANDIDATE = SampleEnding.ENDED_BY_CANDIDATE.name();

  /** The families that can be measured, in display order, with where the candidate stands. */
  public List<SampleOverview> overview() {
    guard.requireRole(Caller.CANDIDATE, "the assessments");
    String candidate = caller.username();
    Instant now = now();
    List<String> withBank = items.familiesWithABank();
    List<SampleOverview> overview = new ArrayList<>();
    for (AssessmentFamily family : families.all()) {
      if (!family.sampleAvailable() || !withBank.contains(family.code())) {
        continue;
      }
      int max = family.delivery().maxItems();
      Optional<AssessmentAttempt> open = openAttempt(candidate, family, now);
      if (open.isPresent()) {
        AssessmentAttempt a = open.get();
        overview.add(
            overview(
                family,
                SampleStatus.IN_PROGRESS,
                Optional.of(a.id()),
                a.position(),
                max,
                a.answers().size(),
                Optional.empty(),
                OptionalInt.empty()));
        continue;
      }
      Optional<AssessmentAttempt> last = attempts.lastSubmitted(candidate, family.code());
      if (last.isEmpty()) {
        overview.add(
            overview(
                family,
                SampleStatus.NEVER_TAKEN,
                Optional.empty(),
                0,
                max,
                0,
                Optional.empty(),
                OptionalInt.empty()));
        continue;
      }
      AssessmentAttempt a = last.get();
      Instant until = a.submittedAt().orElseThrow().plus(cooldown());
      OptionalInt score =
          a.resultId().isPresent()
              ? results
                  .byId(a.resultId().getAsLong())
                  .map(r -> OptionalInt.of(r.scaledScore()))
                  .orElse(OptionalInt.empty())
              : OptionalInt.empty();
      boolean cooling = until.isAfter(now);
      overview.add(
          overview(
              family,
              cooling ? SampleStatus.COOLDOWN : SampleStatus.CAN_RETAKE,
              Optional.of(a.id()),
              0,
              max,
              0,
              cooling ? Optional.of(until) : Optional.empty(),
              score));
    }
    return overview;
  }

  /**
   * Starts an adaptive attempt at the family's assessment, or resumes the one in progress.
   *
   * @return where the attempt stands (its current item)
   * @throws Conflict while the cooldown after the last attempt runs (the sentence names the minute
   *     a retake opens), or when another request of the caller started the same family at the same
   *     moment (the database keeps one attempt in progress): starting again then resumes it
   * @throws IllegalArgumentException if the family cannot be measured here
   */
  public SampleProgress start(String familyCode) {
    guard.requireRole(Caller.CANDIDATE, "the assessments");
    String candidate = caller.username();
    AssessmentFamily family =
        families
            .byCode(familyCode)
            .filter(AssessmentFamily::sampleAvailable)
            .orElseThrow(
                () -> new IllegalArgumentException("There is no assessment for " + familyCode));
    Instant now = now();
    Optional<AssessmentAttempt> open = openAttempt(candidate, family, now);
    if (open.isPresent()) {
      return progress(open.get(), family, Optional.empty());
    }
    Optional<AssessmentAttempt> last = attempts.lastSubmitted(candidate, family.code());
    if (last.isPresent()) {
      Instant until = last.get().submittedAt().orElseThrow().plus(cooldown());
      if (until.isAfter(now)) {
        throw retakeCooldown(family.name(), until);
      }
    }
    List<AssessmentItem> bank = items.activeBank(family.code());
    if (bank.stream().filter(i -> !i.isPretest()).count() < family.delivery().minItems()) {
      throw new IllegalArgumentException("There is no assessment for " + familyCode);
    }
    long seed = seeds.getAsLong();
    Set<Long> seen = seenBefore(candidate, family.code(), Optional.empty(), 2);
    SplittableRandom draw = new SplittableRandom(seed);
    List<AssessmentItem> pretests =
        bank.stream()
            .filter(AssessmentItem::isPretest)
            .filter(i -> !seen.contains(i.id()))
            .toList();
    Optional<AssessmentItem> pretest =
        pretests.isEmpty()
            ? Optional.empty()
            : Optional.of(pretests.get(draw.nextInt(pretests.size())));
    int pretestPosition = 2 + draw.nextInt(Math.max(1, family.delivery().minItems() - 1));
    AdaptiveForm form =
        form(
            bank,
            family,
            excludedCodes(candidate, family, bank, Optional.empty()),
            seed,
            pretest,
            pretestPosition);
    AdaptiveForm.Serve first = (AdaptiveForm.Serve) form.next(List.of());
    AssessmentAttempt attempt =
        AssessmentAttempt.adaptive(
            candidate,
            byCode(bank).get(first.code()),
            seed,
            now,
            now.plus(Duration.ofMinutes(family.delivery().timeLimitMinutes())),
            pretest,
            pretestPosition);
    try {
      SampleProgress started = progress(attempts.addNow(attempt), family, Optional.empty());
      served.fire(new ItemServed(family.code()));
      return started;
    } catch (PersistenceException raced) {
      if (UniqueViolation.of(raced, AttemptStore.ONE_IN_PROGRESS)) {
        throw startedElsewhere(family.name());
      }
      throw raced;
    }
  }

  /**
   * The item at {@code position} (1-based among the items served) of the caller's attempt: the
   * current one, or an answered one with its answer (read only).
   *
   * @throws IllegalArgumentException if no item was served at that position
   */
  public SampleItem item(long attemptId, int position) {
    AssessmentAttempt attempt = owned(attemptId);
    AssessmentFamily family = families.byCode(attempt.familyCode()).orElseThrow();
    AssessmentItem item = itemAt(attempt, position);
    List<SampleItem.Option> options =
        IntStream.range(0, item.options().size())
            .mapToObj(i -> new SampleItem.Option(i, item.options().get(i)))
            .toList();
    OptionalInt saved =
        attempt
            .answerTo(item.id())
            .map(a -> OptionalInt.of(a.response()))
            .orElse(OptionalInt.empty());
    DeliverySettings settings = family.delivery();
    return new SampleItem(
        attempt.id(),
        attempt.familyCode(),
        family.name(),
        position,
        attempt.isInProgress() && position == attempt.itemCount() && saved.isEmpty(),
        settings.minItems(),
        settings.maxItems(),
        attempt.answers().size(),
        item.kind().name(),
        item.stem(),
        item.scenario(),
        item.codeSnippet(),
        item.material(),
        options,
        saved,
        attempt.deadline().orElse(attempt.startedAt()));
  }

  /**
   * Saves the caller's answer (option {@code response}, 0-based, display order) to the current item
   * and chooses the next one, or ends the test when its stopping rule is met. After the deadline
   * the answer is not saved: the attempt is closed by the unreached-item rule and the returned
   * progress says so in its notice.
   *
   * @throws Rejected if no option was chosen (an item cannot be skipped)
   * @throws Conflict if the item was already answered (the next one was chosen from that answer)
   * @throws IllegalArgumentException if the position or option does not exist (nothing changes)
   * @throws IllegalStateException if the attempt is over
   */
  public SampleProgress answer(long attemptId, int position, Optional<Integer> response) {
    AssessmentAttempt attempt = owned(attemptId);
    AssessmentFamily family = families.byCode(attempt.familyCode()).orElseThrow();
    Instant now = now();
    if (attempt.isInProgress() && expired(attempt, now)) {
      close(attempt, family, TIMED_OUT, now);
      return progress(
          attempt,
          family,
          Optional.of(
              "The time limit ended at "
                  + attempt.deadline().orElseThrow()
                  + "; this answer was not saved and the attempt is closed."));
    }
    if (response.isEmpty()) {
      throw new Rejected(
          "response",
          "Choose one of the options: every item needs an answer before the next one is chosen"
              + " (an item cannot be skipped).");
    }
    AssessmentItem item = itemAt(attempt, position);
    attempt.answer(position, item, response.get(), now);
    List<AssessmentItem> bank = items.version(attempt.familyCode(), attempt.contentVersion());
    AdaptiveForm form = form(attempt, family, bank);
    AdaptiveForm.Next next = form.next(answered(attempt, bank));
    if (next instanceof AdaptiveForm.Serve serve) {
      attempt.serve(byCode(bank).get(serve.code()));
      served.fire(new ItemServed(family.code()));
    } else {
      AdaptiveForm.Finished done = (AdaptiveForm.Finished) next;
      finish(attempt, family, bank, done.reason().name(), Optional.of(done), now);
    }
    flush();
    return progress(attempt, family, Optional.empty());
  }

  /**
   * Ends the caller's attempt now, before its stopping rule: scored by the unreached-item rule (no
   * score before the minimum number of items).
   *
   * @throws IllegalStateException if the attempt is over
   */
  public SampleProgress endNow(long attemptId) {
    AssessmentAttempt attempt = owned(attemptId);
    AssessmentFamily family = families.byCode(attempt.familyCode()).orElseThrow();
    if (!attempt.isInProgress()) {
      throw new IllegalStateException("This attempt has already ended");
    }
    Instant now = now();
    close(attempt, family, expired(attempt, now) ? TIMED_OUT : ENDED_BY_CANDIDATE, now);
    flush();
    return progress(attempt, family, Optional.empty());
  }

  /** Where the caller's attempt stands; an attempt past its deadline is closed first. */
  public SampleProgress progress(long attemptId) {
    AssessmentAttempt attempt = owned(attemptId);
    AssessmentFamily family = families.byCode(attempt.familyCode()).orElseThrow();
    Instant now = now();
    if (attempt.isInProgress() && expired(attempt, now)) {
      close(attempt, family, TIMED_OUT, now);
    }
    return progress(attempt, family, Optional.empty());
  }

  /**
   * The result of the caller's ended attempt.
   *
   * @throws Conflict if it ended before the minimum number of items: by the unreached-item rule it
   *     gives no score (its sentence says so, with the numbers); a score from so few items would
   *     say little and could be gamed
   * @throws IllegalStateException if it is still in progress
   */
  public SampleResult result(long attemptId) {
    AssessmentAttempt attempt = owned(attemptId);
    AssessmentFamily family = families.byCode(attempt.familyCode()).orElseThrow();
    if (attempt.status() == AttemptStatus.ENDED_UNSCORED) {
      throw noScore(family.name(), scoredAnswers(attempt), family.delivery().minItems());
    }
    if (attempt.resultId().isEmpty()) {
      throw new IllegalStateException("This attempt has not ended yet");
    }
    RecordedResult result = results.byId(attempt.resultId().getAsLong()).orElseThrow();
    return result(attempt, family, result);
  }

  // --- closing and scoring ---------------------------------------------------------------------

  private Optional<AssessmentAttempt> openAttempt(
      String candidate, AssessmentFamily family, Instant now) {
    Optional<AssessmentAttempt> open = attempts.inProgress(candidate, family.code());
    if (open.isEmpty()) {
      return open;
    }
    AssessmentAttempt attempt = open.get();
    if (attempt.delivery() == AssessmentAttempt.Delivery.FIXED) {
      // A fixed-form sample begun before adaptive delivery: its form no longer exists.
      attempt.supersede();
      flush();
      return Optional.empty();
    }
    if (expired(attempt, now)) {
      close(attempt, family, TIMED_OUT, now);
      flush();
      return Optional.empty();
    }
    return open;
  }

  private static boolean expired(AssessmentAttempt attempt, Instant now) {
    return attempt.deadline().map(d -> !now.isBefore(d)).orElse(false);
  }

  /** Ends an attempt before its stopping rule, by the unreached-item rule. */
  private void close(
      AssessmentAttempt attempt, AssessmentFamily family, String reason, Instant now) {
    List<AssessmentItem> bank = items.version(attempt.familyCode(), attempt.contentVersion());
    List<AdaptiveForm.Answered> given = answered(attempt, bank);
    Optional<AdaptiveForm.Finished> done = form(attempt, family, bank).closeEarly(given);
    Instant end = attempt.deadline().filter(now::isAfter).orElse(now);
    finish(attempt, family, bank, reason, done, end);
  }

  private void finish(
      AssessmentAttempt attempt,
      AssessmentFamily family,
      List<AssessmentItem> bank,
      String reason,
      Optional<AdaptiveForm.Finished> done,
      Instant end) {
    if (done.isEmpty()) {
      attempt.end(reason, end, OptionalLong.empty());
      return;
    }
    AdaptiveForm.Finished finished = done.get();
    Map<Long, AssessmentItem> byId =
        bank.stream().collect(Collectors.toMap(AssessmentItem::id, Function.identity()));
    boolean provisional =
        attempt.answers().stream()
            .map(a -> byId.get(a.item().id()))
            .filter(i -> !i.isPretest())
            .anyMatch(i -> i.parameterStatus() == ParameterStatus.PROVISIONAL);
    RecordedResult result =
        results.record(
            new AssessedScore(
                attempt.candidate(),
                attempt.familyCode(),
                finished.estimate(),
                end,
                attempt.familyCode()
                    + " adaptive assessment, bank v"
                    + attempt.contentVersion()
                    + ", attempt "
                    + attempt.id(),
                new Measurement(
                    attempt.contentVersion(),
                    provisional
                        ? ParameterStatus.PROVISIONAL.name()
                        : ParameterStatus.CALIBRATED.name(),
                    finished.administered(),
                    finished.unreached(),
                    Math.max(0, Duration.between(attempt.startedAt(), end).toSeconds()))));
    attempt.end(reason, end, OptionalLong.of(result.id()));
  }

  private void flush() {
    try {
      attempts.flush();
    } catch (OptimisticLockException raced) {
      throw new IllegalStateException(
          "This attempt was changed in another window at the same moment; reload to continue");
    }
  }

  private AdaptiveForm form(
      AssessmentAttempt attempt, AssessmentFamily family, List<AssessmentItem> bank) {
    Optional<AssessmentItem> pretest =
        attempt
            .pretestItemId()
            .flatMap(id -> bank.stream().filter(i -> i.id().equals(id)).findFirst());
    return form(
        bank,
        family,
        excludedCodes(attempt.candidate(), family, bank, Optional.of(attempt.id())),
        attempt.seed(),
        pretest,
        attempt.pretestPosition());
  }

  private AdaptiveForm form(
      List<AssessmentItem> bank,
      AssessmentFamily family,
      Set<String> excluded,
      long seed,
      Optional<AssessmentItem> pretest,
      int pretestPosition) {
    int version = bank.get(0).contentVersion();
    return AdaptiveForm.of(
        bank.stream().filter(i -> !i.isPretest() || pretest.map(i::equals).orElse(false)).toList(),
        items.subskills(family.code(), version),
        family.delivery(),
        excluded,
        seed,
        pretest.map(p -> new AdaptiveForm.Pretest(p.code(), pretestPosition)));
  }

  /**
   * The codes of the operational items the candidate's previous two attempts served, when the bank
   * still leaves a full-length test without them; else those of the last attempt; else none.
   */
  private Set<String> excludedCodes(
      String candidate,
      AssessmentFamily family,
      List<AssessmentItem> bank,
      Optional<Long> current) {
    List<AssessmentItem> operational = bank.stream().filter(i -> !i.isPretest()).toList();
    int needed = Math.min(family.delivery().maxItems(), operational.size());
    for (int previous = 2; previous >= 1; previous--) {
      Set<Long> seen = seenBefore(candidate, family.code(), current, previous);
      Set<String> codes =
          operational.stream()
              .filter(i -> seen.contains(i.id()))
              .map(AssessmentItem::code)
              .collect(Collectors.toSet());
      if (operational.size() - codes.size() >= needed) {
        return codes;
      }
    }
    return Set.of();
  }

  /**
   * Ids of the items served in the candidate's last {@code count} attempts (not {@code current}).
   */
  private Set<Long> seenBefore(
      String candidate, String familyCode, Optional<Long> current, int count) {
    Set<Long> seen = new HashSet<>();
    attempts.ofCandidate(candidate, familyCode).stream()
        .filter(a -> current.map(c -> !c.equals(a.id())).orElse(true))
        .filter(
            a ->
                a.status() == AttemptStatus.SUBMITTED || a.status() == AttemptStatus.ENDED_UNSCORED)
        .limit(count)
        .forEach(a -> seen.addAll(a.itemIds()));
    return seen;
  }

  /** The candidate's answers in the order given, as the scoring model sees them. */
  private static List<AdaptiveForm.Answered> answered(
      AssessmentAttempt attempt, List<AssessmentItem> bank) {
    Map<Long, AssessmentItem> byId =
        bank.stream().collect(Collectors.toMap(AssessmentItem::id, Function.identity()));
    List<AdaptiveForm.Answered> answered = new ArrayList<>();
    for (long id : attempt.itemIds()) {
      Optional<AttemptAnswer> answer = attempt.answerTo(id);
      if (answer.isPresent()) {
        AssessmentItem item = byId.get(id);
        answered.add(
            new AdaptiveForm.Answered(item.code(), item.scoredResponse(answer.get().response())));
      }
    }
    return answered;
  }

  private int scoredAnswers(AssessmentAttempt attempt) {
    return (int) attempt.answers().stream().filter(a -> !a.item().isPretest()).count();
  }

  private static Map<String, AssessmentItem> byCode(List<AssessmentItem> bank) {
    return bank.stream().collect(Collectors.toMap(AssessmentItem::code, Function.identity()));
  }

  private SampleResult result(
      AssessmentAttempt attempt, AssessmentFamily family, RecordedResult r) {
    String name = family.name();
    Measurement m =
        r.measurement()
            .orElse(
                new Measurement(
                    attempt.contentVersion(),
                    ParameterStatus.PROVISIONAL.name(),
                    scoredAnswers(attempt),
                    0,
                    attempt
                        .submittedAt()
                        .map(s -> Duration.between(attempt.startedAt(), s).toSeconds())
                        .orElse(0L)));
    return new SampleResult(
        attempt.id(),
        attempt.familyCode(),
        name,
        r.scaledScore(),
        r.sem(),
        r.bandLow(),
        r.bandHigh(),
        r.theta(),
        r.thetaSe(),
        m.itemsAdministered(),
        m.unreachedItems(),
        m.bankVersion(),
        m.provisional(),
        m.durationSeconds(),
        r.measuredAt(),
        r.expiresAt(),
        SampleEnding.of(attempt.ended().orElse("")),
        family.delivery().targetSe(),
        family.delivery().maxItems());
  }

  private SampleProgress progress(
      AssessmentAttempt attempt, AssessmentFamily family, Optional<String> notice) {
    DeliverySettings settings = family.delivery();
    return new SampleProgress(
        attempt.id(),
        family.code(),
        family.name(),
        attempt.itemCount(),
        attempt.answers().size(),
        settings.minItems(),
        settings.maxItems(),
        attempt.isInProgress(),
        attempt.resultId().isPresent(),
        attempt.deadline().orElse(attempt.startedAt()),
        notice);
  }

  private AssessmentItem itemAt(AssessmentAttempt attempt, int position) {
    return items
        .byId(attempt.itemIdAt(position))
        .orElseThrow(() -> new IllegalStateException("An item of this attempt is missing"));
  }

  /** The attempt, if the caller is a candidate and started it; otherwise audit and refuse. */
  private AssessmentAttempt owned(long attemptId) {
    String target = "assessment attempt " + attemptId;
    guard.requireRole(Caller.CANDIDATE, target);
    Optional<AssessmentAttempt> attempt = attempts.byId(attemptId);
    if (attempt.isEmpty() || !attempt.get().candidate().equals(caller.username())) {
      String reason = attempt.isEmpty() ? "no such attempt" : "the attempt is someone else's";
      throw guard.refuse(target, reason);
    }
    return attempt.get();
  }

  /**
   * The refusal of a new attempt while the retake cooldown runs. The minute shown is rounded up: it
   * must not lie before the real end, or a candidate who comes back then is refused again.
   */
  private static Conflict retakeCooldown(String familyName, Instant until) {
    Instant minute = until.truncatedTo(ChronoUnit.MINUTES);
    Instant shown = minute.equals(until) ? minute : minute.plus(1, ChronoUnit.MINUTES);
    return new Conflict(
        "You took the "
            + familyName
            + " sample recently; you can retake it from "
            + COOLDOWN_MINUTE.format(shown)
            + ".");
  }

  /**
   * The refusal of a start that lost a race: another request of the same candidate (a second tab, a
   * double click) started the same family's sample at the same moment. Nothing was written.
   */
  private static Conflict startedElsewhere(String familyName) {
    return new Conflict(
        "You started the "
            + familyName
            + " sample in another window at the same moment; that attempt is kept, and opening"
            + " the sample again continues it.");
  }

  /** Why an attempt that ended before its minimum number of scored items gives no score. */
  private static Conflict noScore(String familyName, int answered, int minimum) {
    return new Conflict(
        "This "
            + familyName
            + " attempt ended after "
            + answered
            + (answered == 1 ? " scored item" : " scored items")
            + ", before the minimum of "
            + minimum
            + ": it gives no score, and nothing was added to your passport.");
  }

  /** To the millisecond, as the database keeps it, so a returned result equals a reloaded one. */
  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }

  private Duration cooldown() {
    return Duration.ofSeconds(Math.round(cooldownHours * 3600));
  }

  private static SampleOverview overview(
      AssessmentFamily family,
      SampleStatus status,
      Optional<Long> attemptId,
      int position,
      int total,
      int answered,
      Optional<Instant> until,
      OptionalInt lastScore) {
    return new SampleOverview(
        family.code(),
        family.slug(),
        family.name(),
        family.description(),
        status,
        attemptId,
        position,
        total,
        answered,
        until,
        lastScore);
  }
}
