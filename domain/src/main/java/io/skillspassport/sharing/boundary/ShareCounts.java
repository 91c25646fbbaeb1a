package io.skillspassport.sharing.boundary;

import io.skillspassport.sharing.control.ShareStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * What the organisations component may ask of sharing: how many candidates share with an
 * organisation. A count only — no name leaves the sharing component this way — so it needs no
 * caller check of its own; the asking boundary ({@code Organisations}, admins only) has made it.
 */
@ApplicationScoped
@Transactional
public class ShareCounts {

  @Inject ShareStore shares;

  /**
   * The number of distinct candidates whose share with the organisation holds at {@code at} (not
   * revoked, not expired).
   */
  public int candidatesSharingWith(String organisationSlug, Instant at) {
    return shares.candidatesSharingWith(organisationSlug, at).size();
  }
}
