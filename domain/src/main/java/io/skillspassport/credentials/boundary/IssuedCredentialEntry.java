package io.skillspassport.credentials.boundary;

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
    Optional<Instant> revokedAt) {

  public IssuedCredentialEntry {
    familyCodes = List.copyOf(familyCodes);
  }

  public boolean active() {
    return state == CredentialState.ACTIVE;
  }
}
