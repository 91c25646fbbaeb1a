package io.skillspassport.exercises.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An organisation's release of its interviewers' notes on one exercise of a bundle to one
 * candidate: who released them and when. Immutable and not revocable — what a candidate has read
 * cannot be unread — so every column is {@code updatable = false} and nothing deletes a row. The
 * release covers the notes that are current whenever the candidate looks, revisions included.
 */
@Entity
@Table(name = "exercise_notes_release")
public class NotesRelease {

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

  @Column(name = "released_by", nullable = false, updatable = false, length = 200)
  private String releasedBy;

  @Column(name = "released_at", nullable = false, updatable = false)
  private Instant releasedAt;

  protected NotesRelease() {}

  public NotesRelease(
      String organisation,
      long bundleId,
      String exerciseKind,
      String candidate,
      String releasedBy,
      Instant releasedAt) {
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.bundleId = bundleId;
    this.exerciseKind = Objects.requireNonNull(exerciseKind, "exerciseKind");
    this.candidate = Objects.requireNonNull(candidate, "candidate");
    this.releasedBy = Objects.requireNonNull(releasedBy, "releasedBy");
    this.releasedAt = Objects.requireNonNull(releasedAt, "releasedAt");
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

  public String releasedBy() {
    return releasedBy;
  }

  public Instant releasedAt() {
    return releasedAt;
  }
}
