package io.skillspassport.bundles.control;

import io.skillspassport.audit.boundary.AuditTrail;
import io.skillspassport.bundles.entity.Bundle;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one check every bundle and comparison use case starts with: the caller is an employer of an
 * organisation, and the bundle asked for (by id, from a form or a URL) belongs to that
 * organisation. A missing bundle is refused like someone else's, so ids reveal nothing.
 */
@ApplicationScoped
public class BundleAccess {

  @Inject Caller caller;

  @Inject AuditTrail audit;

  @Inject BundleStore bundles;

  /** The caller's organisation; refuses (and records) a caller who is no employer or has none. */
  public String employerOrganisation(String what) {
    audit.requireRole(Caller.EMPLOYER, what);
    return caller
        .organisation()
        .orElseThrow(() -> deny(what, "the account belongs to no employer organisation"));
  }

  /**
   * The bundle with {@code id} if the caller's organisation owns it; refuses (and records) else.
   */
  public Bundle owned(long id) {
    String what = "bundle " + id;
    String organisation = employerOrganisation(what);
    return bundles
        .byId(id)
        .filter(b -> b.organisation().equals(organisation))
        .orElseThrow(() -> deny(what, "not a bundle of organisation " + organisation));
  }

  /** Records the refusal and returns the exception to throw. */
  public AccessDenied deny(String what, String reason) {
    audit.recordDenied(what, reason);
    return new AccessDenied(caller.username() + " may not open " + what + ": " + reason);
  }

  public String username() {
    return caller.username();
  }

  public String displayName() {
    String name = caller.displayName();
    return name == null || name.isBlank() ? caller.username() : name;
  }
}
