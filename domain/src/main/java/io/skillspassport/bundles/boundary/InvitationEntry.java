package io.skillspassport.bundles.boundary;

import io.skillspassport.platform.boundary.SerialRecord;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * One invitation as the employers of its organisation see it.
 *
 * @param invitee the label or email address the employer gave
 * @param acceptedByName the display name of the person who accepted
 * @param stillShared for an accepted invitation: whether that person shares with the organisation
 *     now (they may have revoked the share since)
 * @param complete for an accepted invitation: whether the person shares now and has a current
 *     result in every family the bundle's newest version includes
 */
public record InvitationEntry(
    long id,
    long bundleId,
    String invitee,
    Instant createdAt,
    String createdByName,
    Instant expiresAt,
    InvitationStatus status,
    Optional<Instant> acceptedAt,
    Optional<String> acceptedByName,
    Optional<Instant> revokedAt,
    boolean stillShared,
    boolean complete)
    implements Serializable {

  /** Serialized through {@link SerialRecord}: its optional components are not serializable. */
  @Serial
  private Object writeReplace() {
    return SerialRecord.of(this);
  }

  public boolean open() {
    return status == InvitationStatus.OPEN;
  }
}
