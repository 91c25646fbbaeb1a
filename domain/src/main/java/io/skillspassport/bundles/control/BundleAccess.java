package io.skillspassport.bundles.control;

import io.skillspassport.bundles.entity.Bundle;
import io.skillspassport.platform.boundary.AccessDenied;
import io.skillspassport.platform.boundary.Caller;
import io.skillspassport.platform.boundary.Guard;
import io.skillspassport.platform.boundary.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one check every bundle and comparison use case starts with: the caller is an employer of an
 * organisation, and the bundle asked for (by id, from a form or a URL) belongs to that
 * organisation. An id that names no bundle is {@link NotFound} (the 404 page); a bundle of another
 * organisation is {@link AccessDenied} (the 403 page, audited), as issue 14 asks: the id space is a
 * sequence, so whether an id exists says little, while telling a stale link from someone else's
 * bundle helps the person who followed it.
 */
@ApplicationScoped
public class BundleAccess {

  @Inject Caller caller;

  @Inject Guard guard;

  @Inject BundleStore bundles;

  protected BundleAccess() {}

  /** For use outside a container, such as boundary tests in Java SE. */
  public BundleAccess(Caller caller, Guard guard, BundleStore bundles) {
    this.caller = caller;
    this.guard = guard;
    this.bundles = bundles;
  }

  /** The caller's organisation; refuses (and records) a caller who is no employer or has none. */
  public String employerOrganisation(String what) {
    guard.requireRole(Caller.EMPLOYER, what);
    return caller
        .organisation()
        .orElseThrow(() -> deny(what, "the account belongs to no employer organisation"));
  }

  /**
   * The bundle with {@code id} if the caller's organisation owns it.
   *
   * @throws AccessDenied (recorded) for a caller who is no employer, or another organisation's
   *     bundle
   * @throws NotFound if no bundle has {@code id}
   */
  public Bundle owned(long id) {
    String what = "bundle " + id;
    String organisation = employerOrganisation(what);
    Bundle bundle = bundles.byId(id).orElseThrow(() -> new NotFound("No bundle " + id));
    if (!bundle.organisation().equals(organisation)) {
      throw deny(what, "not a bundle of organisation " + organisation);
    }
    return bundle;
  }

  /** Records the refusal and returns the exception to throw. */
  public AccessDenied deny(String what, String reason) {
    return guard.refuse(what, reason);
  }

  public String username() {
    return caller.username();
  }

  public String displayName() {
    String name = caller.displayName();
    return name == null || name.isBlank() ? caller.username() : name;
  }
}
