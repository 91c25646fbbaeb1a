package io.skillspassport.audit.entity;

import io.skillspassport.audit.boundary.AuditAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One line of the audit log: who did (or tried) what to which record, and when. Never changes. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @SequenceGenerator(name = "sp_seq", sequenceName = "sp_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sp_seq")
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  /** Column lengths of V2__audit_log.sql; longer values are truncated, never refused. */
  static final int ACTOR_LENGTH = 200;

  static final int TARGET_LENGTH = 500;

  static final int DETAIL_LENGTH = 2000;

  @Column(nullable = false, updatable = false, length = ACTOR_LENGTH)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AuditAction action;

  @Column(nullable = false, updatable = false, length = TARGET_LENGTH)
  private String target;

  @Column(nullable = false, updatable = false, length = DETAIL_LENGTH)
  private String detail;

  protected AuditEvent() {}

  public AuditEvent(
      Instant occurredAt, String actor, AuditAction action, String target, String detail) {
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.actor = truncate(Objects.requireNonNull(actor, "actor"), ACTOR_LENGTH);
    this.action = Objects.requireNonNull(action, "action");
    this.target = truncate(Objects.requireNonNull(target, "target"), TARGET_LENGTH);
    this.detail = detail == null ? "" : truncate(detail, DETAIL_LENGTH);
  }

  /**
   * {@code text} cut to at most {@code max} UTF-16 units, the cut marked by "…". An entry is never
   * dropped for being long: a refusal of a 2,000-character URL is exactly what the log is for. The
   * cut never splits a surrogate pair (an emoji stays whole or goes whole).
   */
  static String truncate(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isLowSurrogate(text.charAt(end))
        && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public AuditAction action() {
    return action;
  }

  public String target() {
    return target;
  }

  public String detail() {
    return detail;
  }
}
