package io.skillspassport.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** The code a candidate gives an engine so its results find their passport. */
@Entity
@Table(name = "candidate_code")
public class CandidateCode {

  @Id
  @Column(nullable = false, updatable = false, length = 200)
  private String candidate;

  @Column(nullable = false, updatable = false, length = 20)
  private String code;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  protected CandidateCode() {}

  public CandidateCode(String candidate, String code, Instant issuedAt) {
    this.candidate = Objects.requireNonNull(candidate, "candidate");
    this.code = Objects.requireNonNull(code, "code");
    this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
  }

  public String candidate() {
    return candidate;
  }

  public String code() {
    return code;
  }
}
