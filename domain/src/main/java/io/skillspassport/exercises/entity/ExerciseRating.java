package io.skillspassport.exercises.entity;

import io.skillspassport.platform.boundary.Rejected;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One interviewer's rating of one candidate on one criterion of an exercise in a bundle's hiring
 * loop: a level 1–5 of the rubric version it was given on, with a short note. Ratings are
 * append-only: a revision is a new row with the next revision number, and the row it replaces stops
 * being {@code current} — so the history of every rating stays readable.
 */
@Entity
@Table(name = "exercise_rating")
public class ExerciseRating {

  /** The longest note. */
  public static final int MAX_NOTE = 1000;

  @Id
  @SequenceGenerator(name = "sp_seq", sequenceName = "sp_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sp_seq")
  private Long id;

  @Column(nullable = false, updatable = false, length = 80)
  private String organisation;

  @Column(name = "bundle_id", nullable = false, updatable = false)
  private long bundleId;

  @Column(name = "exercise_kind", nullable = false, updatable = false, length = 80)
  private String exerciseKind;

  @Column(nullable = false, updatable = false, length = 200)
  private String candidate;

  @Column(nullable = false, updatable = false, length = 200)
  private String rater;

  @Column(name = "rater_name", nullable = false, updatable = false, length = 200)
  private String raterName;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "rubric_version_id", nullable = false, updatable = false)
  private RubricVersion rubricVersion;

  @Column(nullable = false, updatable = false, length = 80)
  private String criterion;

  @Column(name = "rating_level", nullable = false, updatable = false)
  private int level;

  @Column(nullable = false, updatable = false, length = MAX_NOTE)
  private String note;

  @Column(nullable = false, updatable = false)
  private int revision;

  @Column(name = "current_rating", nullable = false)
  private boolean current;

  @Column(name = "rated_at", nullable = false, updatable = false)
  private Instant ratedAt;

  @Version private long version;

  protected ExerciseRating() {}

  /** Who rated whom, where; groups the constructor's arguments. */
  public record Context(
      String organisation,
      long bundleId,
      String exerciseKind,
      String candidate,
      String rater,
      String raterName) {

    public Context {
      Objects.requireNonNull(organisation, "organisation");
      Objects.requireNonNull(exerciseKind, "exerciseKind");
      Objects.requireNonNull(candidate, "candidate");
      Objects.requireNonNull(rater, "rater");
      Objects.requireNonNull(raterName, "raterName");
    }
  }

  public ExerciseRating(
      Context context,
      RubricVersion rubricVersion,
      String criterion,
      int level,
      String note,
      int revision,
      Instant ratedAt) {
    this.organisation = context.organisation();
    this.bundleId = context.bundleId();
    this.exerciseKind = context.exerciseKind();
    this.candidate = context.candidate();
    this.rater = context.rater();
    this.raterName = context.raterName();
    this.rubricVersion = Objects.requireNonNull(rubricVersion, "rubricVersion");
    this.criterion = Objects.requireNonNull(criterion, "criterion");
    if (level < 1 || level > RubricCriterion.LEVELS) {
      throw new Rejected(
          "level",
          "Level " + level + " of '" + criterion + "' is outside 1–" + RubricCriterion.LEVELS);
    }
    this.level = level;
    this.note = note == null ? "" : note.strip();
    if (this.note.length() > MAX_NOTE) {
      throw new Rejected(
          "note", "The note on '" + criterion + "' has more than " + MAX_NOTE + " characters");
    }
    this.revision = revision;
    this.current = true;
    this.ratedAt = Objects.requireNonNull(ratedAt, "ratedAt");
  }

  /** Marks this rating as replaced by a newer revision. */
  public void supersede() {
    current = false;
  }

  public Long id() {
    return id;
  }

  public String organisation() {
    return organisation;
  }

  public long bundleId() {
    return bundleId;
  }

  public String exerciseKind() {
    return exerciseKind;
  }

  public String candidate() {
    return candidate;
  }

  public String rater() {
    return rater;
  }

  public String raterName() {
    return raterName;
  }

  public RubricVersion rubricVersion() {
    return rubricVersion;
  }

  public String criterion() {
    return criterion;
  }

  public int level() {
    return level;
  }

  public String note() {
    return note;
  }

  public int revision() {
    return revision;
  }

  public boolean isCurrent() {
    return current;
  }

  public Instant ratedAt() {
    return ratedAt;
  }
}
