package io.skillspassport.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A result an engine sent through the API, linked onto the reporting scale when it arrived. It is
 * pending until the candidate accepts it (then it becomes a passport result, named by {@link
 * #familyResultId()}) or declines it; only an accepted one counts. The engine's idempotency key and
 * a hash of its request body make a replay find this row instead of adding another.
 */
@Entity
@Table(name = "imported_result")
public class ImportedResult {

  @Id
  @SequenceGenerator(name = "sp_seq", sequenceName = "sp_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sp_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "engine_id", nullable = false, updatable = false)
  private AssessmentEngine engine;

  @Column(name = "idempotency_key", nullable = false, updatable = false, length = 200)
  private String idempotencyKey;

  @Column(name = "request_hash", nullable = false, updatable = false, length = 64)
  private String requestHash;

  @Column(nullable = false, updatable = false, length = 200)
  private String candidate;

  @Column(name = "family_code", nullable = false, updatable = false, length = 40)
  private String familyCode;

  @Column(name = "external_score", nullable = false, updatable = false)
  private double externalScore;

  @Column(name = "external_sem", nullable = false, updatable = false)
  private double externalSem;

  @Column(name = "linking_error", nullable = false, updatable = false)
  private double linkingError;

  @Column(name = "scaled_score", nullable = false, updatable = false)
  private int scaledScore;

  @Column(nullable = false, updatable = false)
  private double sem;

  @Column(name = "band_low", nullable = false, updatable = false)
  private int bandLow;

  @Column(name = "band_high", nullable = false, updatable = false)
  private int bandHigh;

  @Column(nullable = false, updatable = false)
  private double theta;

  @Column(name = "theta_se", nullable = false, updatable = false)
  private double thetaSe;

  @Column(name = "measured_at", nullable = false, updatable = false)
  private Instant measuredAt;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ImportStatus status;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "family_result_id")
  private Long familyResultId;

  @Version private long version;

  protected ImportedResult() {}

  public ImportedResult(
      AssessmentEngine engine,
      String idempotencyKey,
      String requestHash,
      LinkedResult linked,
      Instant receivedAt) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    this.requestHash = Objects.requireNonNull(requestHash, "requestHash");
    this.candidate = linked.candidate();
    this.familyCode = linked.familyCode();
    this.externalScore = linked.externalScore();
    this.externalSem = linked.externalSem();
    this.linkingError = linked.linkingError();
    this.scaledScore = linked.scaledScore();
    this.sem = linked.sem();
    this.bandLow = linked.bandLow();
    this.bandHigh = linked.bandHigh();
    this.theta = linked.theta();
    this.thetaSe = linked.thetaSe();
    // Microseconds are what both databases keep: the first answer and a replay read back from the
    // table must show the same times.
    this.measuredAt = linked.measuredAt().truncatedTo(ChronoUnit.MICROS);
    this.receivedAt =
        Objects.requireNonNull(receivedAt, "receivedAt").truncatedTo(ChronoUnit.MICROS);
    this.status = ImportStatus.PENDING;
  }

  /** The candidate accepted it; it became passport result {@code resultId}. */
  public void accept(long resultId, Instant when) {
    requirePending();
    status = ImportStatus.ACCEPTED;
    familyResultId = resultId;
    decidedAt = Objects.requireNonNull(when, "when");
  }

  /** The candidate declined it. */
  public void decline(Instant when) {
    requirePending();
    status = ImportStatus.DECLINED;
    decidedAt = Objects.requireNonNull(when, "when");
  }

  private void requirePending() {
    if (status != ImportStatus.PENDING) {
      throw new IllegalStateException("Result " + id + " was " + status + " already");
    }
  }

  public LinkedResult linked() {
    return new LinkedResult(
        candidate,
        familyCode,
        externalScore,
        externalSem,
        linkingError,
        scaledScore,
        sem,
        bandLow,
        bandHigh,
        theta,
        thetaSe,
        measuredAt);
  }

  public Long id() {
    return id;
  }

  public AssessmentEngine engine() {
    return engine;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public String requestHash() {
    return requestHash;
  }

  public String candidate() {
    return candidate;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public ImportStatus status() {
    return status;
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<Long> familyResultId() {
    return Optional.ofNullable(familyResultId);
  }
}
