package io.skillspassport.assessments.boundary;

import io.skillspassport.assessments.control.AttemptStore;
import io.skillspassport.assessments.control.FamilyStore;
import io.skillspassport.assessments.control.ItemStore;
import io.skillspassport.assessments.entity.AssessmentAttempt;
import io.skillspassport.assessments.entity.AssessmentFamily;
import io.skillspassport.assessments.entity.AssessmentItem;
import io.skillspassport.assessments.entity.AttemptAnswer;
import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.passports.control.ResultStore;
import io.skillspassport.passports.entity.FamilyResult;
import io.skillspassport.passports.entity.Provenance;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.control.Settings;
import io.skillspassport.platform.control.UniqueViolation;
import io.skillspassport.scoring.irt.EapScorer;
import io.skillspassport.scoring.irt.Form;
import io.skillspassport.scoring.irt.Item;
import io.skillspassport.scoring.irt.ResponsePattern;
import io.skillspassport.scoring.irt.ThetaEstimate;
import io.skillspassport.scoring.scale.ReportingScale;
import io.skillspassport.scoring.scale.ScaledScore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The sample assessments a candidate takes in the portal: the overview of the families with a
 * sample, starting (or resuming) an attempt, reading and answering one item at a time, and
 * submitting it for scoring into the passport.
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
 *       from two tabs cannot both begin one: the loser gets {@link StartedElsewhere}.
 *   <li>After a submission, a new attempt of the same family is refused for {@code
 *       passport.retake.cooldown.hours} (default 24) with {@link RetakeCooldown}, whose message
 *       names the minute the retake opens.
 *   <li>Every answer is saved when given, so a reload or a dropped connection loses nothing.
 *   <li>Omissions are allowed: an item without an answer simply does not count (it drops out of the
 *       likelihood, as in the scoring module), but at least one answer is needed to submit.
 *   <li>The score is the EAP estimate under the N(0,1) prior ({@link EapScorer}) on the standard
 *       reporting scale; it is stored as a {@link Provenance#SAMPLE} result valid for {@code
 *       passport.validity.months} (default 24). An attempt is submitted once; afterwards its
 *       answers cannot change.
 * </ul>
 */
@ApplicationScoped
@Transactional
public class SampleAssessments {

  static final String COOLDOWN_HOURS = "passport.retake.cooldown.hours";
  static final String VALIDITY_MONTHS = "passport.validity.months";

  @Inject Caller caller;

  @Inject AuditTrail audit;

  @Inject FamilyStore families;

  @Inject ItemStore items;

  @Inject AttemptStore attempts;

  @Inject ResultStore results;

  /** The families with a sample, in display order, with where the candidate stands in each. */
  public List<SampleOverview> overview() {
    audit.requireRole(Caller.CANDIDATE, "the sample assessments");
    String candidate = caller.username();
    Instant now = now();
    List<String> withBank = items.familiesWithABank();
    List<SampleOverview> overview = new ArrayList<>();
    for (AssessmentFamily family : families.all()) {
      if (!family.sampleAvailable() || !withBank.contains(family.code())) {
        continue;
      }
      int total = items.activeBank(family.code()).size();
      Optional<AssessmentAttempt> open = attempts.inProgress(candidate, family.code());
      if (open.isPresent()) {
        AssessmentAttempt a = open.get();
        overview.add(
            overview(
                family,
                SampleStatus.IN_PROGRESS,
                Optional.of(a.id()),
                a.position(),
                a.itemCount(),
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
                total,
                0,
                Optional.empty(),
                OptionalInt.empty()));
        continue;
      }
      AssessmentAttempt a = last.get();
      Instant until = a.submittedAt().orElseThrow().plus(cooldown());
      OptionalInt score =
          a.result().map(r -> OptionalInt.of(r.scaledScore())).orElse(OptionalInt.empty());
      boolean cooling = until.isAfter(now);
      overview.add(
          overview(
              family,
              cooling ? SampleStatus.COOLDOWN : SampleStatus.CAN_RETAKE,
              Optional.of(a.id()),
              0,
              total,
              0,
              cooling ? Optional.of(until) : Optional.empty(),
              score));
    }
    return overview;
  }

  /**
   * Starts an attempt at the family's sample, or resumes the one in progress.
   *
   * @return the attempt and the item to show
   * @throws RetakeCooldown while the cooldown after the last submission runs
   * @throws StartedElsewhere when another request of the caller started the same sample at the same
   *     moment (the database keeps one attempt in progress); starting again resumes it
   * @throws IllegalArgumentException if the family has no sample
   */
  public SampleProgress start(String familyCode) {
    audit.requireRole(Caller.CANDIDATE, "the sample assessments");
    String candidate = caller.username();
    AssessmentFamily family =
        families
            .byCode(familyCode)
            .filter(AssessmentFamily::sampleAvailable)
            .orElseThrow(
                () -> new IllegalArgumentException("There is no sample for " + familyCode));
    Optional<AssessmentAttempt> open = attempts.inProgress(candidate, family.code());
    if (open.isPresent()) {
      return progress(open.get(), family);
    }
    Instant now = now();
    Optional<AssessmentAttempt> last = attempts.lastSubmitted(candidate, family.code());
    if (last.isPresent()) {
      Instant until = last.get().submittedAt().orElseThrow().plus(cooldown());
      if (until.isAfter(now)) {
        throw new RetakeCooldown(family.name(), until);
      }
    }
    List<AssessmentItem> bank = items.activeBank(family.code());
    if (bank.isEmpty()) {
      throw new IllegalArgumentException("There is no sample for " + familyCode);
    }
    try {
      return progress(attempts.addNow(new AssessmentAttempt(candidate, bank, now)), family);
    } catch (PersistenceException raced) {
      if (UniqueViolation.of(raced, AttemptStore.ONE_IN_PROGRESS)) {
        throw new StartedElsewhere(family.name());
      }
      throw raced;
    }
  }

  /**
   * The item at {@code position} (1-based) of the caller's attempt, with the answer saved for it.
   *
   * @throws IllegalArgumentException if there is no such position
   */
  public SampleItem item(long attemptId, int position) {
    AssessmentAttempt attempt = owned(attemptId);
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
    return new SampleItem(
        attempt.id(),
        attempt.familyCode(),
        familyName(attempt.familyCode()),
        position,
        attempt.itemCount(),
        attempt.answers().size(),
        item.kind().name(),
        item.stem(),
        item.scenario(),
        item.codeSnippet(),
        options,
        saved,
        attempt.isInProgress());
  }

  /**
   * Saves the caller's choice of option {@code response} (0-based, display order) for the item at
   * {@code position}, replacing an earlier answer; the attempt then resumes at the next item.
   *
   * @throws IllegalArgumentException if the position or the option does not exist (nothing changes)
   * @throws IllegalStateException if the attempt was already submitted
   */
  public SampleProgress answer(long attemptId, int position, int response) {
    AssessmentAttempt attempt = owned(attemptId);
    AssessmentItem item = itemAt(attempt, position);
    attempt.answer(position, item, response, now());
    return progress(attempt, families.byCode(attempt.familyCode()).orElseThrow());
  }

  /** How far the caller's attempt is, for the review before submitting. */
  public SampleProgress progress(long attemptId) {
    AssessmentAttempt attempt = owned(attemptId);
    return progress(attempt, families.byCode(attempt.familyCode()).orElseThrow());
  }

  /**
   * Scores the caller's attempt and stores the result in their passport. Unanswered items do not
   * count.
   *
   * @throws IllegalStateException if the attempt was already submitted or has no answer at all
   */
  public SampleResult submit(long attemptId) {
    AssessmentAttempt attempt = owned(attemptId);
    if (!attempt.isInProgress()) {
      throw new IllegalStateException("This attempt was already submitted");
    }
    if (attempt.answers().isEmpty()) {
      throw new IllegalStateException("Answer at least one item before you submit");
    }
    Map<Long, AssessmentItem> byId =
        items.byIds(attempt.itemIds()).stream()
            .collect(Collectors.toMap(AssessmentItem::id, Function.identity()));
    List<Item> form = new ArrayList<>();
    int[] responses = new int[attempt.itemCount()];
    List<Long> order = attempt.itemIds();
    for (int i = 0; i < order.size(); i++) {
      AssessmentItem item = byId.get(order.get(i));
      form.add(item.scoringItem());
      responses[i] =
          attempt
              .answerTo(item.id())
              .map(AttemptAnswer::response)
              .map(item::scoredResponse)
              .orElse(ResponsePattern.OMITTED);
    }
    ThetaEstimate eap = EapScorer.of(Form.of(form)).score(ResponsePattern.of(responses));
    ScaledScore scaled = ReportingScale.standard().scale(eap);
    Instant now = now();
    Instant expires =
        now.atOffset(ZoneOffset.UTC)
            .plusMonths(Long.parseLong(Settings.get(VALIDITY_MONTHS, "24").strip()))
            .toInstant();
    FamilyResult result =
        results.add(
            new FamilyResult(
                attempt.candidate(),
                attempt.familyCode(),
                eap.requireTheta(),
                eap.requireStandardError(),
                scaled.reported(),
                scaled.sem(),
                scaled.bandLower(),
                scaled.bandUpper(),
                Provenance.SAMPLE,
                now,
                expires,
                attempt.familyCode()
                    + " sample bank v"
                    + attempt.contentVersion()
                    + ", attempt "
                    + attempt.id()));
    attempt.submit(now, result);
    try {
      attempts.flush();
    } catch (OptimisticLockException raced) {
      throw new IllegalStateException("This attempt was already submitted");
    }
    return result(attempt, result);
  }

  /** The result of the caller's submitted attempt. */
  public SampleResult result(long attemptId) {
    AssessmentAttempt attempt = owned(attemptId);
    FamilyResult result =
        attempt
            .result()
            .orElseThrow(() -> new IllegalStateException("This attempt is not submitted yet"));
    return result(attempt, result);
  }

  private SampleResult result(AssessmentAttempt attempt, FamilyResult r) {
    String name = familyName(attempt.familyCode());
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
        attempt.answers().size(),
        attempt.itemCount(),
        r.measuredAt(),
        r.expiresAt(),
        "Your best estimate in "
            + name
            + " is "
            + r.scaledScore()
            + ". Given how precisely "
            + attempt.itemCount()
            + " sample items can measure, your true level very likely (95%) lies between "
            + r.bandLow()
            + " and "
            + r.bandHigh()
            + "; differences inside that band are measurement noise, not real differences.");
  }

  private SampleProgress progress(AssessmentAttempt attempt, AssessmentFamily family) {
    List<Long> order = attempt.itemIds();
    List<Integer> unanswered =
        IntStream.rangeClosed(1, order.size())
            .filter(p -> attempt.answerTo(order.get(p - 1)).isEmpty())
            .boxed()
            .toList();
    return new SampleProgress(
        attempt.id(),
        family.code(),
        family.name(),
        attempt.position(),
        order.size(),
        order.size() - unanswered.size(),
        unanswered,
        attempt.isInProgress());
  }

  private AssessmentItem itemAt(AssessmentAttempt attempt, int position) {
    return items
        .byId(attempt.itemIdAt(position))
        .orElseThrow(() -> new IllegalStateException("An item of this attempt is missing"));
  }

  private String familyName(String code) {
    return families.byCode(code).map(AssessmentFamily::name).orElse(code);
  }

  /** The attempt, if the caller is a candidate and started it; otherwise audit and refuse. */
  private AssessmentAttempt owned(long attemptId) {
    String target = "sample attempt " + attemptId;
    audit.requireRole(Caller.CANDIDATE, target);
    Optional<AssessmentAttempt> attempt = attempts.byId(attemptId);
    if (attempt.isEmpty() || !attempt.get().candidate().equals(caller.username())) {
      String reason = attempt.isEmpty() ? "no such attempt" : "the attempt is someone else's";
      audit.recordDenied(target, reason);
      throw new AccessDenied(caller.username() + " may not open " + target + ": " + reason);
    }
    return attempt.get();
  }

  /** To the millisecond, as the database keeps it, so a returned result equals a reloaded one. */
  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }

  private static Duration cooldown() {
    double hours = Double.parseDouble(Settings.get(COOLDOWN_HOURS, "24").strip());
    return Duration.ofSeconds(Math.round(hours * 3600));
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
