package io.skillspassport.audit.entity;

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

  @Column(nullable = false, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AuditAction action;

  @Column(nullable = false, updatable = false)
  private String target;

  @Column(nullable = false, updatable = false, length = 2000)
  private String detail;

  protected AuditEvent() {}

  public AuditEvent(
      Instant occurredAt, String actor, AuditAction action, String target, String detail) {
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.action = Objects.requireNonNull(action, "action");
    this.target = Objects.requireNonNull(target, "target");
    this.detail = detail == null ? "" : truncate(detail, 2000);
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
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
