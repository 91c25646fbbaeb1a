package io.skillspassport.assessments.entity;

import io.skillspassport.platform.boundary.Conflict;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * One candidate's attempt at a family's sample: the items in the order the candidate sees them, the
 * item they resume at, and the answers saved so far. Answers can be saved and changed while the
 * attempt is {@link AttemptStatus#IN_PROGRESS in progress}; {@link #submit} makes them final.
 */
@Entity
@Table(name = "assessment_attempt")
public class AssessmentAttempt {

  @Id
  @SequenceGenerator(name = "sp_seq", sequenceName = "sp_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sp_seq")
  private Long id;

  @Column(nullable = false, updatable = false)
  private String candidate;

  @Column(name = "family_code", nullable = false, updatable = false)
  private String familyCode;

  @Column(name = "content_version", nullable = false, updatable = false)
  private int contentVersion;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AttemptStatus status;

  /** FIXED: the whole form from the start; ADAPTIVE: the items served so far (grows). */
  @Column(name = "item_order", nullable = false, length = 4000)
  private String itemOrder;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Delivery delivery = Delivery.FIXED;

  @Column(updatable = false)
  private Long seed;

  @Column(updatable = false)
  private Instant deadline;

  /** Why an adaptive attempt ended: a stop reason of the CAT, TIMED_OUT or ENDED_BY_CANDIDATE. */
  @Column(length = 30)
  private String ended;

  @Column(name = "pretest_item_id", updatable = false)
  private Long pretestItemId;

  @Column(name = "pretest_position", updatable = false)
  private Integer pretestPosition;

  @Column(nullable = false)
  private int position;

  /**
   * 1 while the attempt is in progress, NULL afterwards: the database's unique constraint over
   * (candidate, family, marker) is what keeps a second attempt of the family from starting (see
   * migration V6).
   */
  @Column(name = "in_progress_marker")
  private Integer inProgressMarker = 1;

  /**
   * The passport result this attempt produced, by id only: the result belongs to the passports
   * component, which flushes its insert before handing the id back (the column keeps its foreign
   * key, migration V4).
   */
  @Column(name = "result_id")
  private Long resultId;

  @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<AttemptAnswer> answers = new ArrayList<>();

  @Version private long version;

  protected AssessmentAttempt() {}

  /**
   * Starts an attempt at the items {@code items} of one content version of a family's bank, in the
   * order given.
   */
  public AssessmentAttempt(String candidate, List<AssessmentItem> items, Instant startedAt) {
    this.candidate = Objects.requireNonNull(candidate, "candidate");
    if (items.isEmpty()) {
      throw new IllegalArgumentException("An attempt needs at least one item");
    }
    AssessmentItem first = items.get(0);
    for (AssessmentItem item : items) {
      if (!item.familyCode().equals(first.familyCode())
          || item.contentVersion() != first.contentVersion()) {
        throw new IllegalArgumentException(
            "An attempt's items come from one version of one family's bank");
      }
      Objects.requireNonNull(item.id(), "the items must be stored before an attempt uses them");
    }
    this.familyCode = first.familyCode();
    this.contentVersion = first.contentVersion();
    this.itemOrder = items.stream().map(i -> i.id().toString()).collect(Collectors.joining(","));
    this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    this.status = AttemptStatus.IN_PROGRESS;
    this.position = 1;
  }

  /** How an attempt's items are chosen. */
  public enum Delivery {
    /** A fixed form (the samples before adaptive delivery). */
    FIXED,
    /** One item at a time by the adaptive test. */
    ADAPTIVE
  }

  /**
   * Starts an adaptive attempt serving {@code first}.
   *
   * @param seed the seed of the attempt's exposure-control draws
   * @param deadline when the time limit ends
   * @param pretest the pretest item and its position, if the attempt has one
   */
  public static AssessmentAttempt adaptive(
      String candidate,
      AssessmentItem first,
      long seed,
      Instant startedAt,
      Instant deadline,
      Optional<AssessmentItem> pretest,
      int pretestPosition) {
    AssessmentAttempt attempt = new AssessmentAttempt(candidate, List.of(first), startedAt);
    attempt.delivery = Delivery.ADAPTIVE;
    attempt.seed = seed;
    attempt.deadline = Objects.requireNonNull(deadline, "deadline");
    if (!deadline.isAfter(startedAt)) {
      throw new IllegalArgumentException("The deadline must lie after the start");
    }
    pretest.ifPresent(
        p -> {
          attempt.pretestItemId = Objects.requireNonNull(p.id(), "pretest item id");
          attempt.pretestPosition = pretestPosition;
        });
    return attempt;
  }

  /**
   * Serves the next item of an adaptive attempt: it becomes the one the candidate must answer.
   *
   * @throws IllegalStateException if the attempt is over or the current item is not answered yet
   */
  public void serve(AssessmentItem item) {
    requireInProgress();
    if (delivery != Delivery.ADAPTIVE) {
      throw new IllegalStateException("Only an adaptive attempt serves items one by one");
    }
    if (answerTo(itemIdAt(itemCount())).isEmpty()) {
      throw new IllegalStateException("The current item is not answered yet");
    }
    if (itemIds().contains(item.id())) {
      throw new IllegalArgumentException("Item " + item.code() + " was already served");
    }
    this.itemOrder = itemOrder + "," + item.id();
    this.position = itemCount();
  }

  /**
   * Ends an adaptive attempt with the id of the passport result its score became ({@code resultId})
   * or, before the minimum number of items, without one.
   *
   * @param reason why it ended (a stop reason, TIMED_OUT or ENDED_BY_CANDIDATE)
   */
  public void end(String reason, Instant when, OptionalLong resultId) {
    requireInProgress();
    this.ended = Objects.requireNonNull(reason, "reason");
    if (resultId.isPresent()) {
      submit(when, resultId.getAsLong());
    } else {
      this.status = AttemptStatus.ENDED_UNSCORED;
      this.inProgressMarker = null;
      this.submittedAt = Objects.requireNonNull(when, "when");
    }
  }

  /** Leaves a fixed-form attempt aside when adaptive delivery replaces its form. */
  public void supersede() {
    requireInProgress();
    this.status = AttemptStatus.SUPERSEDED;
    this.inProgressMarker = null;
  }

  public Delivery delivery() {
    return delivery;
  }

  public long seed() {
    return seed == null ? 0 : seed;
  }

  /** The time limit's end (adaptive attempts). */
  public Optional<Instant> deadline() {
    return Optional.ofNullable(deadline);
  }

  /** Why the attempt ended, once it has (adaptive attempts). */
  public Optional<String> ended() {
    return Optional.ofNullable(ended);
  }

  public Optional<Long> pretestItemId() {
    return Optional.ofNullable(pretestItemId);
  }

  public int pretestPosition() {
    return pretestPosition == null ? 0 : pretestPosition;
  }

  /** The item ids in the order the candidate sees them. */
  public List<Long> itemIds() {
    return Arrays.stream(itemOrder.split(",")).map(Long::valueOf).toList();
  }

  public int itemCount() {
    return itemIds().size();
  }

  /** The id of the item at 1-based {@code position}. */
  public long itemIdAt(int position) {
    requirePosition(position);
    return itemIds().get(position - 1);
  }

  /** Throws {@link IllegalArgumentException} unless {@code position} is 1..{@link #itemCount()}. */
  public void requirePosition(int position) {
    int total = itemCount();
    if (position < 1 || position > total) {
      throw new IllegalArgumentException(
          "Item " + position + " does not exist: this attempt has items 1 to " + total);
    }
  }

  /** The refusal to answer the item at {@code position} again. */
  private static Conflict answerFinal(int position) {
    return new Conflict(
        "Item "
            + position
            + " is already answered and cannot be changed: the adaptive test chose the next item"
            + " from that answer.");
  }

  /** The answer saved for {@code item}, if any. */
  public Optional<AttemptAnswer> answerTo(long itemId) {
    return answers.stream().filter(a -> a.item().id() == itemId).findFirst();
  }

  /**
   * Saves the candidate's choice for the item at {@code position}, replacing an earlier one, and
   * moves the resume point to the next item.
   *
   * @throws IllegalStateException once the attempt is submitted
   * @throws Conflict for an item of an adaptive attempt that was already answered: the next item
   *     was chosen from that answer, so changing it would leave the test and its score inconsistent
   * @throws IllegalArgumentException if the position or option does not exist
   */
  public AttemptAnswer answer(int position, AssessmentItem item, int optionIndex, Instant when) {
    requireInProgress();
    if (delivery == Delivery.ADAPTIVE) {
      if (position != itemCount() || answerTo(item.id()).isPresent()) {
        throw answerFinal(position);
      }
    }
    if (itemIdAt(position) != item.id()) {
      throw new IllegalArgumentException(
          "Item " + item.code() + " is not at position " + position + " of this attempt");
    }
    item.requireOption(optionIndex);
    Optional<AttemptAnswer> saved = answerTo(item.id());
    AttemptAnswer answer;
    if (saved.isPresent()) {
      answer = saved.get();
      answer.change(optionIndex, when);
    } else {
      answer = new AttemptAnswer(this, item, optionIndex, when);
      answers.add(answer);
    }
    this.position = Math.min(position + 1, itemCount());
    return answer;
  }

  /**
   * Makes the answers final and links the passport result they produced (by id; the passports
   * component recorded it for this attempt's candidate and family).
   */
  public void submit(Instant when, long resultId) {
    requireInProgress();
    this.status = AttemptStatus.SUBMITTED;
    this.inProgressMarker = null;
    this.submittedAt = Objects.requireNonNull(when, "when");
    this.resultId = resultId;
  }

  private void requireInProgress() {
    if (status == AttemptStatus.SUPERSEDED) {
      throw new IllegalStateException(
          "This attempt was replaced by another attempt of the same sample; its answers can no"
              + " longer change");
    }
    if (status != AttemptStatus.IN_PROGRESS) {
      throw new IllegalStateException(
          "This attempt ended on " + submittedAt + "; its answers can no longer change");
    }
  }

  public boolean isInProgress() {
    return status == AttemptStatus.IN_PROGRESS;
  }

  public Long id() {
    return id;
  }

  public String candidate() {
    return candidate;
  }

  public String familyCode() {
    return familyCode;
  }

  public int contentVersion() {
    return contentVersion;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Optional<Instant> submittedAt() {
    return Optional.ofNullable(submittedAt);
  }

  public AttemptStatus status() {
    return status;
  }

  /** The 1-based item the candidate resumes at. */
  public int position() {
    return position;
  }

  /** The id of the passport result this attempt produced, once submitted. */
  public OptionalLong resultId() {
    return resultId == null ? OptionalLong.empty() : OptionalLong.of(resultId);
  }

  public List<AttemptAnswer> answers() {
    return List.copyOf(answers);
  }

  public long version() {
    return version;
  }
}
