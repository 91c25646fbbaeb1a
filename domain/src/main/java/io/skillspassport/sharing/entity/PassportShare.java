package io.skillspassport.sharing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A candidate's consent to let one employer organisation see their passport: given explicitly,
 * optionally until a date, revocable at any time. Nothing is shared without one; a revoked or
 * expired share grants nothing.
 */
@Entity
@Table(name = "passport_share")
public class PassportShare {

  @Id
  @SequenceGenerator(name = "sp_seq", sequenceName = "sp_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sp_seq")
  private Long id;

  @Column(nullable = false, updatable = false)
  private String candidate;

  /**
   * The candidate's display name when they last shared (migration V19), for the employer's pages;
   * null on rows written without one (the user name stands in).
   */
  @Column(name = "candidate_name", length = 200)
  private String candidateName;

  @Column(nullable = false, updatable = false)
  private String organisation;

  @Column(name = "shared_at", nullable = false, updatable = false)
  private Instant sharedAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  /**
   * 1 while this is the candidate's current share with the organisation, NULL once it is revoked or
   * replaced after it expired: the database's unique constraint over (candidate, organisation,
   * marker) keeps a second current share from being given (see migration V6).
   */
  @Column(name = "current_marker")
  private Integer currentMarker = 1;

  /**
   * When the row was last written, by the application's clock: employer comparisons read only the
   * shares changed since their snapshot (see {@code SharedScores}). Not business time.
   */
  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Version private long version;

  protected PassportShare() {}

  /** A share under the candidate's user name, for tools and tests that know no display name. */
  public PassportShare(String candidate, String organisation, Instant sharedAt, Instant expiresAt) {
    this(candidate, candidate, organisation, sharedAt, expiresAt);
  }

  /**
   * @param candidateName the display name the employer sees; blank means the user name
   */
  public PassportShare(
      String candidate,
      String candidateName,
      String organisation,
      Instant sharedAt,
      Instant expiresAt) {
    this.candidate = Objects.requireNonNull(candidate, "candidate");
    this.candidateName = nameOr(candidateName, candidate);
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.sharedAt = Objects.requireNonNull(sharedAt, "sharedAt");
    if (expiresAt != null && !expiresAt.isAfter(sharedAt)) {
      throw new IllegalArgumentException("A share's expiry must lie in the future");
    }
    this.expiresAt = expiresAt;
    this.changedAt = sharedAt;
  }

  /** Whether the organisation may see the passport at {@code when}. */
  public boolean isActiveAt(Instant when) {
    return revokedAt == null && (expiresAt == null || expiresAt.isAfter(when));
  }

  /** Ends the share now; revoking twice keeps the first time. */
  public void revoke(Instant when) {
    Objects.requireNonNull(when, "when");
    if (revokedAt == null) {
      revokedAt = when;
    }
    currentMarker = null;
    changedAt = when;
  }

  /** Whether this is the candidate's current share with the organisation (active or expired). */
  public boolean isCurrent() {
    return currentMarker != null;
  }

  /**
   * Makes room for a new share after this one expired; it stays in the history as expired.
   *
   * @param now when, for the change stamp
   */
  public void replace(Instant now) {
    currentMarker = null;
    changedAt = Objects.requireNonNull(now, "now");
  }

  /**
   * Moves the end of an active share: the candidate shared again with another end date (or none).
   *
   * @param newExpiresAt the new end, or {@code null} until revoked
   * @param now when, for the change stamp
   * @throws IllegalStateException if the share is revoked
   * @throws IllegalArgumentException if the new end does not lie after the share's start
   */
  public void endAt(Instant newExpiresAt, Instant now) {
    if (revokedAt != null) {
      throw new IllegalStateException("A revoked share cannot be changed");
    }
    if (newExpiresAt != null && !newExpiresAt.isAfter(sharedAt)) {
      throw new IllegalArgumentException("A share's expiry must lie after its start");
    }
    expiresAt = newExpiresAt;
    changedAt = Objects.requireNonNull(now, "now");
  }

  public Long id() {
    return id;
  }

  public String candidate() {
    return candidate;
  }

  /** The display name the candidate shared under, or the user name when none was recorded. */
  public String candidateName() {
    return nameOr(candidateName, candidate);
  }

  /**
   * Records the name the candidate now goes by, when they share again with the same organisation.
   *
   * @param name the display name; blank means the user name
   */
  public void nameAs(String name) {
    candidateName = nameOr(name, candidate);
  }

  private static String nameOr(String name, String username) {
    return name == null || name.isBlank() ? username : name.strip();
  }

  public String organisation() {
    return organisation;
  }

  public Instant sharedAt() {
    return sharedAt;
  }

  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public long version() {
    return version;
  }
}
