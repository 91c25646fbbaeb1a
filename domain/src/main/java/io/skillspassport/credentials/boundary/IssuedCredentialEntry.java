package io.skillspassport.credentials.boundary;

import io.skillspassport.platform.boundary.SerialRecord;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One credential the candidate exported, for their list.
 *
 * @param id the portal's id, for download and revocation
 * @param credentialId the credential's own id ({@code urn:uuid:})
 * @param shortCode the code of its verification link
 * @param verifyUrl the verification link
 * @param issuedAt when it was exported
 * @param validUntil until when it is valid at most
 * @param familyCodes the families it carries
 * @param state where it stands now
 * @param revokedAt when its status bit was set by a revocation, if it was
 */
public record IssuedCredentialEntry(
    long id,
    String credentialId,
    String shortCode,
    String verifyUrl,
    Instant issuedAt,
    Instant validUntil,
    List<String> familyCodes,
    CredentialState state,
    Optional<Instant> revokedAt)
    implements Serializable {

  /** Serialized through {@link SerialRecord}: its optional components are not serializable. */
  @Serial
  private Object writeReplace() {
    return SerialRecord.of(this);
  }

  public IssuedCredentialEntry {
    familyCodes = List.copyOf(familyCodes);
  }

  public boolean active() {
    return state == CredentialState.ACTIVE;
  }
}
