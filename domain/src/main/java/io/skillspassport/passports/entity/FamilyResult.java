package io.skillspassport.passports.entity;

import io.skillspassport.assessments.boundary.Measurement;
import io.skillspassport.passports.boundary.Provenance;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One calibrated score of one candidate in one assessment family: θ and its standard error, and the
 * reported 300–850 score, SEM and 95% band derived from them on the reporting scale in force when
 * it was scored. A candidate's passport shows, per family, the newest result that has not expired
 * and was not withdrawn; older ones are the history.
 *
 * <p>An admin may withdraw a result (a proctoring irregularity, an engine that sent a wrong score):
 * it then stops counting everywhere but stays stored with who withdrew it, when and why, so the
 * candidate can see what happened to it.
 */
@Entity
@Table(name = "family_result")
public class FamilyResult {

  @Id
  @SequenceGenerator(name = "sp_seq", sequenceName = "sp_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sp_seq")
  private Long id;

  @Column(nullable = false, updatable = false)
  private String candidate;

  @Column(name = "family_code", nullable = false, updatable = false)
  private String familyCode;

  @Column(nullable = false, updatable = false)
  private double theta;

  @Column(name = "theta_se", nullable = false, updatable = false)
  private double thetaSe;

  @Column(name = "scaled_score", nullable = false, updatable = false)
  private int scaledScore;

  @Column(nullable = false, updatable = false)
  private double sem;

  @Column(name = "band_low", nullable = false, updatable = false)
  private int bandLow;

  @Column(name = "band_high", nullable = false, updatable = false)
  private int bandHigh;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Provenance provenance;

  @Column(name = "measured_at", nullable = false, updatable = false)
  private Instant measuredAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  /** What produced it, e.g. "PYTHON_FUNDAMENTALS sample bank v1, attempt 1234". */
  @Column(nullable = false, updatable = false, length = 500)
  private String source;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawn_by", length = 200)
  private String withdrawnBy;

  @Column(name = "withdrawal_reason", length = 1000)
  private String withdrawalReason;

  /**
   * When the row was last written (added, or withdrawn), by the application's clock: employer
   * comparisons read only the results changed since their snapshot (see {@code SharedScores}). Not
   * the measurement time.
   */
  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "bank_version", updatable = false)
  private Integer bankVersion;

  @Column(name = "parameter_status", updatable = false, length = 20)
  private String parameterStatus;

  @Column(name = "items_administered", updatable = false)
  private Integer itemsAdministered;

  @Column(name = "unreached_items", updatable = false)
  private Integer unreachedItems;

  @Column(name = "duration_seconds", updatable = false)
  private Long durationSeconds;

  @Version private long version;

  protected FamilyResult() {}

  /**
   * Until a boundary says when it writes the result ({@link #writtenAt}), the change stamp is the
   * measurement time: right for a result written as it is measured, and never later than the write.
   */
  @PrePersist
  void stampChange() {
    if (changedAt == null) {
      changedAt = measuredAt;
    }
  }

  public FamilyResult(
      String candidate,
      String familyCode,
      double theta,
      double thetaSe,
      int scaledScore,
      double sem,
      int bandLow,
      int bandHigh,
      Provenance provenance,
      Instant measuredAt,
      Instant expiresAt,
      String source) {
    this.candidate = Objects.requireNonNull(candidate, "candidate");
    this.familyCode = Objects.requireNonNull(familyCode, "familyCode");
    if (!Double.isFinite(theta) || !Double.isFinite(thetaSe) || thetaSe <= 0) {
      throw new IllegalArgumentException(
          "θ and its standard error must be finite, SE > 0; were " + theta + " and " + thetaSe);
    }
    if (bandLow > scaledScore || scaledScore > bandHigh) {
      throw new IllegalArgumentException(
          "The band [" + bandLow + ", " + bandHigh + "] must contain the score " + scaledScore);
    }
    this.theta = theta;
    this.thetaSe = thetaSe;
    this.scaledScore = scaledScore;
    this.sem = sem;
    this.bandLow = bandLow;
    this.bandHigh = bandHigh;
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    this.measuredAt = Objects.requireNonNull(measuredAt, "measuredAt");
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    if (!expiresAt.isAfter(measuredAt)) {
      throw new IllegalArgumentException("A result must expire after it was measured");
    }
    this.source = Objects.requireNonNull(source, "source");
  }

  /**
   * Stamps the moment the application writes this result (the boundary's clock), which employer
   * comparisons compare with their snapshot. Not the measurement time: an imported result may have
   * been measured long before.
   *
   * @return this result
   */
  public FamilyResult writtenAt(Instant now) {
    changedAt = Objects.requireNonNull(now, "now");
    return this;
  }

  /**
   * Records what the score rests on (before it is stored): a result of an assessment taken here.
   *
   * @return this result
   */
  public FamilyResult measuredBy(Measurement measurement) {
    if (id != null) {
      throw new IllegalStateException("A stored result cannot change");
    }
    this.bankVersion = measurement.bankVersion();
    this.parameterStatus = measurement.parameterStatus();
    this.itemsAdministered = measurement.itemsAdministered();
    this.unreachedItems = measurement.unreachedItems();
    this.durationSeconds = measurement.durationSeconds();
    return this;
  }

  /** What the score rests on, for results of assessments taken here; empty for imports. */
  public Optional<Measurement> measurement() {
    if (bankVersion == null || parameterStatus == null || itemsAdministered == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Measurement(
            bankVersion,
            parameterStatus,
            itemsAdministered,
            unreachedItems == null ? 0 : unreachedItems,
            durationSeconds == null ? 0 : durationSeconds));
  }

  /** Whether it counts at {@code when}: not expired and not withdrawn. */
  public boolean isCurrentAt(Instant when) {
    return withdrawnAt == null && expiresAt.isAfter(when);
  }

  /**
   * Withdraws the result; a result already withdrawn keeps its first withdrawal.
   *
   * @param when the moment of withdrawal
   * @param by the admin's user name
   * @param reason why, shown to the candidate (not blank)
   */
  public void withdraw(Instant when, String by, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A withdrawal needs a reason");
    }
    if (withdrawnAt == null) {
      withdrawnAt = Objects.requireNonNull(when, "when");
      withdrawnBy = Objects.requireNonNull(by, "by");
      withdrawalReason = reason.strip();
      changedAt = when;
    }
  }

  public Optional<Instant> withdrawnAt() {
    return Optional.ofNullable(withdrawnAt);
  }

  public Optional<String> withdrawnBy() {
    return Optional.ofNullable(withdrawnBy);
  }

  public Optional<String> withdrawalReason() {
    return Optional.ofNullable(withdrawalReason);
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

  public double theta() {
    return theta;
  }

  public double thetaSe() {
    return thetaSe;
  }

  public int scaledScore() {
    return scaledScore;
  }

  public double sem() {
    return sem;
  }

  public int bandLow() {
    return bandLow;
  }

  public int bandHigh() {
    return bandHigh;
  }

  public Provenance provenance() {
    return provenance;
  }

  public Instant measuredAt() {
    return measuredAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public String source() {
    return source;
  }

  public long version() {
    return version;
  }
}
