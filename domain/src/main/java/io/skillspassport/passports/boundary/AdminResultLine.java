package io.skillspassport.passports.boundary;

import io.skillspassport.platform.boundary.SerialRecord;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * One stored result of a candidate as an admin reviewing withdrawals sees it.
 *
 * @param id the result's id
 * @param familyCode the family
 * @param familyName the family's display name
 * @param score the reported score
 * @param sem its SEM
 * @param provenance SAMPLE, IMPORTED or PROCTORED
 * @param source what produced it
 * @param measuredAt when it was measured
 * @param expiresAt when it stops counting
 * @param withdrawal the withdrawal, if it was withdrawn
 */
public record AdminResultLine(
    long id,
    String familyCode,
    String familyName,
    int score,
    double sem,
    String provenance,
    String source,
    Instant measuredAt,
    Instant expiresAt,
    Optional<WithdrawnResult> withdrawal)
    implements Serializable {

  /** Serialized through {@link SerialRecord}: its optional components are not serializable. */
  @Serial
  private Object writeReplace() {
    return SerialRecord.of(this);
  }
}
