package io.skillspassport.assessments.entity;

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

/** The option a candidate chose for one item of one attempt; changed in place, never duplicated. */
@Entity
@Table(name = "attempt_answer")
public class AttemptAnswer {

  @Id
  @SequenceGenerator(name = "sp_seq", sequenceName = "sp_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sp_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "attempt_id", nullable = false, updatable = false)
  private AssessmentAttempt attempt;

  @ManyToOne(optional = false)
  @JoinColumn(name = "item_id", nullable = false, updatable = false)
  private AssessmentItem item;

  /** The 0-based index of the chosen option, in display order. */
  @Column(nullable = false)
  private int response;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  @Version private long version;

  protected AttemptAnswer() {}

  AttemptAnswer(AssessmentAttempt attempt, AssessmentItem item, int response, Instant answeredAt) {
    this.attempt = Objects.requireNonNull(attempt, "attempt");
    this.item = Objects.requireNonNull(item, "item");
    this.response = response;
    this.answeredAt = Objects.requireNonNull(answeredAt, "answeredAt");
  }

  void change(int response, Instant when) {
    this.response = response;
    this.answeredAt = Objects.requireNonNull(when, "when");
  }

  public Long id() {
    return id;
  }

  public AssessmentItem item() {
    return item;
  }

  public int response() {
    return response;
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  public long version() {
    return version;
  }
}
