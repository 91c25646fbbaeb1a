package io.skillspassport.credentials.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A passport credential the portal signed for a candidate: its status list slot, the signed VC-JWT
 * itself (so the short verification link can show it), the families it carries, and whether and why
 * its status bit is set.
 *
 * <p>The id comes from a sequence of its own with one value per credential and doubles as the
 * status slot ({@code id − 1}); the table's unique (list, index) constraint refuses a second
 * credential on the same bit. A credential is created in two steps within one transaction: {@link
 * #IssuedCredential persisted} to draw its id, then {@link #sign signed} with the slot that id
 * gives, before anything is flushed.
 */
@Entity
@Table(name = "issued_credential")
public class IssuedCredential {

  @Id
  @SequenceGenerator(
      name = "issued_credential_seq",
      sequenceName = "issued_credential_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "issued_credential_seq")
  private Long id;

  @Column(name = "credential_id", nullable = false, updatable = false)
  private String credentialId;

  @Column(name = "short_code", nullable = false, updatable = false)
  private String shortCode;

  @Column(nullable = false, updatable = false)
  private String candidate;

  @Column(name = "status_list", nullable = false)
  private int statusList;

  @Column(name = "status_index", nullable = false)
  private int statusIndex;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "valid_until", nullable = false, updatable = false)
  private Instant validUntil;

  @Column(name = "signing_kid", nullable = false)
  private String signingKid;

  @Column(nullable = false, length = 65535)
  private String token;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "revocation_reason")
  private RevocationReason revocationReason;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "issued_credential_family",
      joinColumns = @JoinColumn(name = "credential"))
  private List<IssuedFamily> families;

  @Version private long version;

  protected IssuedCredential() {}

  public IssuedCredential(
      String credentialId,
      String shortCode,
      String candidate,
      Instant issuedAt,
      Instant validUntil,
      List<IssuedFamily> families) {
    this.credentialId = Objects.requireNonNull(credentialId, "credentialId");
    this.shortCode = Objects.requireNonNull(shortCode, "shortCode");
    this.candidate = Objects.requireNonNull(candidate, "candidate");
    this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
    this.validUntil = Objects.requireNonNull(validUntil, "validUntil");
    if (!validUntil.isAfter(issuedAt)) {
      throw new IllegalArgumentException("A credential must be valid for some time");
    }
    if (families.isEmpty()) {
      throw new IllegalArgumentException("A credential carries at least one family result");
    }
    this.families = List.copyOf(families);
    this.signingKid = "";
    this.token = "";
  }

  /**
   * Records the slot and the signed token.
   *
   * @throws IllegalStateException when it was signed already or has no id yet
   */
  public void sign(int statusList, int statusIndex, String signingKid, String token) {
    if (id == null) {
      throw new IllegalStateException("Persist the credential before signing it");
    }
    if (!this.token.isEmpty()) {
      throw new IllegalStateException("Credential " + credentialId + " is signed already");
    }
    this.statusList = statusList;
    this.statusIndex = statusIndex;
    this.signingKid = Objects.requireNonNull(signingKid, "signingKid");
    this.token = Objects.requireNonNull(token, "token");
  }

  /** Sets the status bit; revoking again keeps the first time and reason. */
  public void revoke(Instant when, RevocationReason reason) {
    if (revokedAt == null) {
      revokedAt = Objects.requireNonNull(when, "when");
      revocationReason = Objects.requireNonNull(reason, "reason");
    }
  }

  /** Whether its status bit is set at {@code when}: revoked, or past its validity. */
  public boolean isRetiredAt(Instant when) {
    return revokedAt != null || !validUntil.isAfter(when);
  }

  /** The status slot this credential's id stands for. */
  public long slot() {
    if (id == null) {
      throw new IllegalStateException("A credential has a slot once persisted");
    }
    return id - 1;
  }

  public Long id() {
    return id;
  }

  public String credentialId() {
    return credentialId;
  }

  public String shortCode() {
    return shortCode;
  }

  public String candidate() {
    return candidate;
  }

  public int statusList() {
    return statusList;
  }

  public int statusIndex() {
    return statusIndex;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant validUntil() {
    return validUntil;
  }

  public String signingKid() {
    return signingKid;
  }

  public String token() {
    return token;
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public Optional<RevocationReason> revocationReason() {
    return Optional.ofNullable(revocationReason);
  }

  public List<IssuedFamily> families() {
    return families;
  }
}
