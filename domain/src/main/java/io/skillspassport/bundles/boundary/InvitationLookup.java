package io.skillspassport.bundles.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the person who opens an invitation link sees.
 *
 * @param organisationSlug the organisation the passport would be shared with
 * @param candidateView whether the caller is signed in as a candidate: only then are the families
 *     marked measured or missing, and only then can the invitation be accepted
 * @param acceptedByCaller whether the caller is the person who accepted it
 * @param families the families the bundle's newest version includes, in the portal's order
 */
public record InvitationLookup(
    InvitationStatus status,
    String organisationSlug,
    String organisationName,
    String bundleName,
    String invitee,
    Instant expiresAt,
    boolean candidateView,
    boolean acceptedByCaller,
    List<InvitedFamily> families)
    implements Serializable {

  public InvitationLookup {
    families = List.copyOf(families);
  }

  /** How many of the families the candidate has measured. */
  public long measuredCount() {
    return families.stream().filter(InvitedFamily::measured).count();
  }

  /** How many of the families the candidate has still to take. */
  public long missingCount() {
    return families.size() - measuredCount();
  }
}
