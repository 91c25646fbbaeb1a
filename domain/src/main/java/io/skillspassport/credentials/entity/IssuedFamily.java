package io.skillspassport.credentials.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * One family result an issued credential carries, remembered by family and measurement time: a
 * newer result for that family retires the credential.
 */
@Embeddable
public class IssuedFamily {

  @Column(name = "family_code", nullable = false, updatable = false)
  private String familyCode;

  @Column(name = "measured_at", nullable = false, updatable = false)
  private Instant measuredAt;

  protected IssuedFamily() {}

  public IssuedFamily(String familyCode, Instant measuredAt) {
    this.familyCode = Objects.requireNonNull(familyCode, "familyCode");
    this.measuredAt = Objects.requireNonNull(measuredAt, "measuredAt");
  }

  public String familyCode() {
    return familyCode;
  }

  public Instant measuredAt() {
    return measuredAt;
  }
}
