package io.skillspassport.sharing.boundary;

import io.skillspassport.platform.boundary.SerialRecord;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * One share of the caller's passport.
 *
 * @param id the share's id, for revoking it
 * @param organisationSlug who it is shared with
 * @param organisationName that organisation's display name
 * @param sharedAt when it was given
 * @param expiresAt when it ends by itself, if the candidate chose a date
 * @param revokedAt when the candidate revoked it, if they did
 * @param status active, expired or revoked now
 */
public record ShareEntry(
    long id,
    String organisationSlug,
    String organisationName,
    Instant sharedAt,
    Optional<Instant> expiresAt,
    Optional<Instant> revokedAt,
    ShareStatus status)
    implements Serializable {

  /** Serialized through {@link SerialRecord}: its optional components are not serializable. */
  @Serial
  private Object writeReplace() {
    return SerialRecord.of(this);
  }

  public boolean active() {
    return status == ShareStatus.ACTIVE;
  }
}
