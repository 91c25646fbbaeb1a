package io.skillspassport.bundles.entity;

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
 * An employer's invitation to one person to share their passport with the organisation for a
 * bundle: a single-use link that expires and can be revoked. The link's token is never stored, only
 * its SHA-256 ({@link #tokenHash()}), so reading the table opens no invitation.
 *
 * <p>Acceptance is not written through this entity: it is one conditional update of the row (see
 * {@code InvitationStore#consume}), so that the database, not a check before an insert, decides
 * which of two simultaneous accepts wins.
 */
@Entity
@Table(name = "bundle_invitation")
public class BundleInvitation {

  /** The longest label or email address an invitation names its invitee by. */
  public static final int MAX_INVITEE = 200;

  @Id
  @SequenceGenerator(name = "sp_seq", sequenceName = "sp_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sp_seq")
  private Long id;

  @Column(nullable = false, updatable = false)
  private String organisation;

  @Column(name = "bundle_id", nullable = false, updatable = false)
  private long bundleId;

  @Column(nullable = false, updatable = false, length = MAX_INVITEE)
  private String invitee;

  @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_by_name", nullable = false, updatable = false)
  private String createdByName;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by")
  private String revokedBy;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "accepted_by")
  private String acceptedBy;

  @Column(name = "accepted_by_name")
  private String acceptedByName;

  @Version private long version;

  protected BundleInvitation() {}

  /**
   * A new, open invitation.
   *
   * @param tokenHash the lower-case hex SHA-256 of the link's token
   * @throws IllegalArgumentException for a blank or too long invitee, or an expiry not after {@code
   *     createdAt}
   */
  public BundleInvitation(
      String organisation,
      long bundleId,
      String invitee,
      String tokenHash,
      Instant createdAt,
      String createdBy,
      String createdByName,
      Instant expiresAt) {
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.bundleId = bundleId;
    String label = Objects.requireNonNull(invitee, "invitee").strip();
    if (label.isEmpty() || label.length() > MAX_INVITEE) {
      throw new IllegalArgumentException(
          "Name the person invited (an email address or a label) in 1 to "
              + MAX_INVITEE
              + " characters, was "
              + label.length());
    }
    this.invitee = label;
    this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdByName = Objects.requireNonNull(createdByName, "createdByName");
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("An invitation must expire after it is created");
    }
  }

  /** Revokes an invitation that is still open; an accepted or revoked one stays as it is. */
  public boolean revoke(Instant when, String by) {
    if (revokedAt != null || acceptedAt != null) {
      return false;
    }
    revokedAt = Objects.requireNonNull(when, "when");
    revokedBy = Objects.requireNonNull(by, "by");
    return true;
  }

  /** Whether the link can still be accepted at {@code when}. */
  public boolean isOpenAt(Instant when) {
    return revokedAt == null && acceptedAt == null && when.isBefore(expiresAt);
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

  public String invitee() {
    return invitee;
  }

  public String tokenHash() {
    return tokenHash;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public String createdByName() {
    return createdByName;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public Optional<String> revokedBy() {
    return Optional.ofNullable(revokedBy);
  }

  public Optional<Instant> acceptedAt() {
    return Optional.ofNullable(acceptedAt);
  }

  public Optional<String> acceptedBy() {
    return Optional.ofNullable(acceptedBy);
  }

  public Optional<String> acceptedByName() {
    return Optional.ofNullable(acceptedByName);
  }
}
