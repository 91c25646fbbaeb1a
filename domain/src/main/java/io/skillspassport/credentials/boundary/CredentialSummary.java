package io.skillspassport.credentials.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a passport credential says, read from its payload.
 *
 * @param id the credential's id (a {@code urn:uuid:})
 * @param issuer the issuer's id (a DID)
 * @param issuerName the issuer's display name
 * @param subjectName the candidate's name as the credential names them
 * @param validFrom from when it is valid
 * @param validUntil until when, if it says
 * @param families the family results, in the credential's order
 * @param status its status list entry, if it has one
 */
public record CredentialSummary(
    String id,
    String issuer,
    String issuerName,
    String subjectName,
    Instant validFrom,
    Optional<Instant> validUntil,
    List<FamilyScoreLine> families,
    Optional<StatusReference> status) {

  public CredentialSummary {
    families = List.copyOf(families);
  }
}
